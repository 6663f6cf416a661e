using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IndustryTracker.Core.Api;

/// <summary>
/// Storage down answers 503 with <c>Retry-After</c> and a problem body on every data endpoint. The handlers are defined
/// once in Core and run their storage reads through <see cref="GuardAsync"/>, so `tracker serve`/`up` and the function
/// app answer alike. Before, the SDK's exception escaped the handler and each host turned it into a bare 500, which
/// tells a caller neither that the fault is temporary nor when to come back.
/// </summary>
public static partial class StorageUnavailable
{
    /// <summary>
    /// How long a caller should wait: about what a storage restart or failover takes, so clients back off instead of
    /// hammering a store that is coming back.
    /// </summary>
    public const int RetryAfterSeconds = 30;

    /// <summary>
    /// Runs a handler; a storage failure becomes <see cref="Problem"/>. The caller's own cancellation (the client went
    /// away) is not a storage failure and propagates; anything else that is not storage's fault propagates too, to the
    /// host's generic 500.
    /// </summary>
    public static async Task<IResult> GuardAsync(Func<Task<IResult>> handler, ILogger logger, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await handler();
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && IsStorageFailure(e))
        {
            // The exception (with the account's endpoint) goes to the log for operators, never into the answer.
            Unreachable(logger, e, what);
            return Problem();
        }
    }

    /// <summary>
    /// What the Azure SDK throws when storage cannot answer: no response at all (status 0: refused, reset, name not
    /// found), a server-side error, a network timeout, or its "retry failed after N tries" wrapping those.
    /// </summary>
    public static bool IsStorageFailure(Exception e) => e switch
    {
        RequestFailedException failed => failed.Status is 0 or >= 500,
        HttpRequestException or TimeoutException or OperationCanceledException => true,
        AggregateException all => all.InnerExceptions.Count > 0 && all.InnerExceptions.All(IsStorageFailure),
        _ => false,
    };

    public static IResult Problem() =>
        new HeaderResult(
            ApiProblems.Unavailable($"Storage is unreachable; the data is not lost. Try again in {RetryAfterSeconds} seconds."),
            "Retry-After",
            RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage unreachable while answering {Request}: answered 503")]
    private static partial void Unreachable(ILogger logger, Exception exception, string request);
}
