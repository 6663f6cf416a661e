using Microsoft.Extensions.Logging;

namespace IndustryTracker.Core.Pipeline;

internal static partial class PipelineLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Normalized {Kind} {Url}: {Headcount} headcount and {Financials} financial facts")]
    public static partial void Normalized(ILogger logger, string kind, string url, int headcount, int financials);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Normalizing {Url} failed on attempt {Attempt} of {MaxAttempts}: {Reason}")]
    public static partial void NormalizeFailed(ILogger logger, string url, long attempt, int maxAttempts, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Quarantined {Url}: {Reason}")]
    public static partial void Quarantined(ILogger logger, string url, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Normalized {Url} with {Count} figure(s) refused as implausible, first: {Reason}")]
    public static partial void Rejected(ILogger logger, string url, int count, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recomputed {Ticker}: {Rows} benchmark rows")]
    public static partial void Recomputed(ILogger logger, string ticker, int rows);

    [LoggerMessage(Level = LogLevel.Information, Message = "Exported {Rows} benchmark rows to {Latest} and {Dated}")]
    public static partial void Exported(ILogger logger, int rows, string latest, string dated);
}
