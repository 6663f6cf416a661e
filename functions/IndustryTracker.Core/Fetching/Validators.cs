namespace IndustryTracker.Core.Fetching;

/// <summary>What a conditional GET sends back to the server: the validators of the copy we hold.</summary>
public sealed record Validators(string? ETag, DateTimeOffset? LastModified)
{
    public static readonly Validators None = new(null, null);
}
