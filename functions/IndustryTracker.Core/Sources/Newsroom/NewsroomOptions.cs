using System.ComponentModel.DataAnnotations;

namespace IndustryTracker.Core.Sources.Newsroom;

public sealed class NewsroomOptions
{
    public const string Section = "Newsroom";

    /// <summary>Feed items published before this date are not fetched.</summary>
    public DateOnly Since { get; set; } = new(2019, 1, 1);

    /// <summary>At most this many new articles per feed per run, newest first (a first run on a long feed stays polite).</summary>
    [Range(1, 1000)] public int MaxArticlesPerFeed { get; set; } = 50;

    [Range(1, 600)] public int TimeoutSeconds { get; set; } = 60;

    public TimeSpan RetryFailedAfter { get; set; } = TimeSpan.FromHours(1);
}
