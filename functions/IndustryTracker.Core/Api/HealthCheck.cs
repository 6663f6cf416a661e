using Azure;
using IndustryTracker.Core.Storage;
using Microsoft.Extensions.Configuration;
using NCrontab;

namespace IndustryTracker.Core.Api;

/// <summary>
/// Is storage reachable, and is each source fresh? A source is stale when its last successful run is older than
/// twice its schedule's interval (read from the same settings the timers use), or when it never succeeded.
/// </summary>
public sealed class HealthCheck(RunStore runs, DocumentRegistry documents, IConfiguration configuration, TimeProvider time)
{
    /// <summary>Source name → the timer's schedule setting and the schedule used when that setting is absent.</summary>
    public static readonly IReadOnlyDictionary<string, (string Setting, string Default)> Schedules = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["sec"] = ("CollectSecSchedule", "0 15 */6 * * *"),
        ["warn"] = ("CollectWarnSchedule", "0 30 5 * * *"),
        ["newsroom"] = ("CollectNewsroomSchedule", "0 5 * * * *"),
    };

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        IReadOnlyList<RunRecord> rows;
        int rejected;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            // Independent reads: together they cost the slower of the two, not their sum.
            var listing = runs.ListAsync(timeout.Token);
            var counting = documents.CountRejectedAsync(timeout.Token);
            await Task.WhenAll(listing, counting);
            (rows, rejected) = (listing.Result, counting.Result);
        }
        catch (Exception ex) when (ex is RequestFailedException or OperationCanceledException or AggregateException or HttpRequestException)
        {
            // Connection details stay out of the answer.
            return new HealthReport("unavailable", false, now, []);
        }

        var sources = Schedules.Select(s => Freshness(s.Key, configuration[s.Value.Setting] ?? s.Value.Default, rows.FirstOrDefault(r => r.RowKey == s.Key), now)).ToList();
        return new HealthReport(sources.Any(s => s.Stale) ? "degraded" : "ok", true, now, sources, rejected);
    }

    private static SourceFreshness Freshness(string source, string schedule, RunRecord? run, DateTimeOffset now)
    {
        var interval = Interval(schedule, now);
        string? reason = run?.LastSuccessAt is null
            ? "no successful run recorded"
            : now - run.LastSuccessAt.Value > interval * 2 ? $"last success is older than twice the schedule's interval ({interval})" : null;
        return new SourceFreshness(source, schedule, run?.LastRunAt, run?.LastSuccessAt, run?.NewestDocument, reason is not null, reason);
    }

    /// <summary>The gap between the schedule's next two occurrences (six-field NCRONTAB, as Functions timers use).</summary>
    public static TimeSpan Interval(string schedule, DateTimeOffset now)
    {
        var cron = CrontabSchedule.Parse(schedule, new CrontabSchedule.ParseOptions { IncludingSeconds = schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 });
        var first = cron.GetNextOccurrence(now.UtcDateTime);
        return cron.GetNextOccurrence(first) - first;
    }
}
