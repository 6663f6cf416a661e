using System.ComponentModel.DataAnnotations;

namespace IndustryTracker.Core.Sources.Newsroom;

public sealed class NewsroomOptions
{
    public const string Section = "Newsroom";

    /// <summary>Feed items published before this date are not fetched.</summary>
    public DateOnly Since { get; set; } = new(2019, 1, 1);

    /// <summary>At most this many new articles per feed per run, newest first (a first run on a long feed stays polite).</summary>
    [Range(1, 1000)] public int MaxArticlesPerFeed { get; set; } = 50;

    /// <summary>Per-attempt timeout; fractions of a second are allowed so tests can stall a request cheaply.</summary>
    /// <summary>
    /// Hosts the newsroom client may reach beyond the sites of the companies' feeds (each feed vouches for its parent
    /// domain: news.microsoft.com allows *.microsoft.com). A leading dot allows a domain and its subdomains.
    /// </summary>
    public string[] AllowedHosts { get; set; } = [];

    [Range(0.05, 600)] public double TimeoutSeconds { get; set; } = 60;

    /// <summary>The first retry's backoff (exponential, jittered); a Retry-After header takes precedence.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The largest feed read (RSS/Atom feeds are a few hundred KB); a bigger one is a recorded failure.</summary>
    [Range(1, 1024)] public int MaxFeedMegabytes { get; set; } = 5;

    /// <summary>The largest article page read; a bigger one is that article's recorded failure.</summary>
    [Range(1, 1024)] public int MaxArticleMegabytes { get; set; } = 10;

    public TimeSpan RetryFailedAfter { get; set; } = TimeSpan.FromHours(1);
}
