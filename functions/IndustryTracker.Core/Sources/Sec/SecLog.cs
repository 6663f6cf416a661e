using Microsoft.Extensions.Logging;

namespace IndustryTracker.Core.Sources.Sec;

internal static partial class SecLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "SEC {Ticker}: {Listed} filings listed, {Wanted} wanted since {Since}")]
    public static partial void Listing(ILogger logger, string ticker, int listed, int wanted, DateOnly since);

    [LoggerMessage(Level = LogLevel.Information, Message = "SEC {Ticker}: history page {Page} lists {Filings} older filings")]
    public static partial void HistoryPage(ILogger logger, string ticker, string page, int filings);

    [LoggerMessage(Level = LogLevel.Information, Message = "SEC {Ticker}: {Url} unchanged (HTTP 304)")]
    public static partial void NotModified(ILogger logger, string ticker, Uri url);

    [LoggerMessage(Level = LogLevel.Information, Message = "SEC {Ticker}: archived {Url} as {BlobName}")]
    public static partial void Archived(ILogger logger, string ticker, Uri url, string blobName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SEC {Ticker}: {Url} failed ({Error}); attempt {Attempt}, retried after {NextAttemptAt}")]
    public static partial void FetchFailed(ILogger logger, string ticker, Uri url, string error, int attempt, DateTimeOffset nextAttemptAt);
}
