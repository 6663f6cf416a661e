using System.Globalization;
using IndustryTracker.Benchmarks.Exports;
using IndustryTracker.Benchmarks.Report;
using IndustryTracker.Benchmarks.Support;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IndustryTracker.Benchmarks.Scale;

/// <summary>
/// Part 5: /api/benchmarks for four companies with 4 and then 500 companies × 20 years in the store, the kinds of table
/// request it makes, and which partitions a recompute of one company reads and writes.
/// </summary>
public static class ScalePart
{
    public const string Name = "5. Scale";
    private const string Four = "META,GOOGL,MSFT,AMZN";
    private const string Ticker = "META";

    public static IReadOnlyList<string> Notes { get; } =
    [
        $"Scale: one store filled through the app's stores (`BenchmarkStore`, `FactStore`, `VersionStore`) with synthetic rows — per company and year a benchmark row, a headcount fact and three financial facts — first for the four tracked companies, then for 496 more. Each phase starts a fresh server (empty response cache) and sends `/api/benchmarks?companies={Four}` one request at a time: the same URL repeatedly (served from the response cache after its ETag is computed), and with a different from/to range each time (so every answer is computed). Every table request the process sends is seen through .NET's HTTP diagnostics and classified from its URL: point read, partition query ($filter pins PartitionKey) or scan. The recompute of {Ticker} runs `Recomputer` in the 500-company store; its reads are the table requests it sends, its writes the entities whose ETag changed.",
    ];

    public static async Task<IEnumerable<Measurement>> RunAsync(BenchStorage storage, bool quick)
    {
        var settings = storage.Settings("scale");
        using var log = new StorageRequestLog();
        using var host = await BenchStorage.StartHostAsync(settings);
        var count = quick ? 100 : 400;
        await SyntheticStore.FillAsync(host, Four.Split(','));
        var small = await ProbeAsync(settings, count);

        await SyntheticStore.FillAsync(host, Enumerable.Range(4, 496).Select(SyntheticBenchmarkRows.Ticker));
        (double Hot, double Computed) large;
        List<TableRequest> apiRequests;
        using (log.Record())
        {
            large = await ProbeAsync(settings, count);
            apiRequests = Table(log, storage);
        }

        var tables = host.Services.GetRequiredService<TrackerStorage>();
        var before = await StoreSnapshot.TakeAsync(tables);
        List<TableRequest> recomputeReads;
        using (log.Record())
        {
            await host.Services.GetRequiredService<Recomputer>().RecomputeAsync(Ticker, CancellationToken.None);
            recomputeReads = Table(log, storage);
        }

        var written = (await StoreSnapshot.TakeAsync(tables)).ChangedSince(before);
        var versions = tables.Versions.Name;
        var foreignReads = recomputeReads.Where(r => r.Kind != TableRequest.Write && !(r.Partition == Ticker || (r.Table == versions && r.Row == Ticker))).ToList();
        var foreignWrites = written.Where(w => !w.Contains($"/{Ticker}/", StringComparison.Ordinal) && !w.EndsWith($"{versions}/data/{Ticker}", StringComparison.Ordinal)).ToList();
        var scans = apiRequests.Count(r => r.Kind == TableRequest.Scan) + recomputeReads.Count(r => r.Kind == TableRequest.Scan);

        return
        [
            new Measurement(Name, $"/api/benchmarks?companies=<4>, cached answer: median latency, 500 vs 4 companies stored", large.Hot, small.Hot, "ms", Target.AtMost(1.5)),
            new Measurement(Name, $"/api/benchmarks?companies=<4>, computed answer (new from/to each time): median latency, 500 vs 4 companies stored", large.Computed, small.Computed, "ms", Target.AtMost(1.5)),
            new Measurement(Name, $"table requests of those {2 * count} API requests: {Kinds(apiRequests)}; scans", apiRequests.Count(r => r.Kind == TableRequest.Scan), null, "scans", Target.AtMost(0)),
            new Measurement(Name, $"recompute {Ticker}: table requests {Kinds(recomputeReads)}, {written.Count} entities written; reads or writes outside {Ticker}'s partitions", foreignReads.Count + foreignWrites.Count, null, "requests", Target.AtMost(0),
                foreignReads.Count + foreignWrites.Count > 0 ? string.Join(", ", foreignReads.Select(r => $"{r.Kind} {r.Table}/{r.Partition}").Concat(foreignWrites).Distinct().Take(5)) : $"partitions read: {string.Join(", ", recomputeReads.Where(r => r.Kind != TableRequest.Write).Select(r => $"{Short(r.Table, settings)}/{r.Partition}{(r.Row is null ? "" : "/" + r.Row)}").Distinct())}"),
            new Measurement(Name, "table scans in all of the above", scans, null, "scans", Target.AtMost(0)),
        ];
    }

    private static async Task<(double Hot, double Computed)> ProbeAsync(Dictionary<string, string?> settings, int count)
    {
        var (app, address) = await BenchStorage.StartServerAsync(settings);
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };
        var hot = Enumerable.Repeat($"/api/benchmarks?companies={Four}", count).ToList();
        var ranges = Enumerable.Range(0, SyntheticStore.Years).SelectMany(f => Enumerable.Range(f, SyntheticStore.Years - f).Select(t => (From: 2007 + f, To: 2007 + t))).ToList();
        var computed = Enumerable.Range(0, Math.Min(count, ranges.Count)).Select(i => ranges[i % ranges.Count]).Select(r => string.Create(CultureInfo.InvariantCulture, $"/api/benchmarks?companies={Four}&from={r.From}&to={r.To}")).ToList();
        // Warm-up (JIT, connections, the first cache entry) on URLs the measurement does not use.
        await LatencyProbe.MedianAsync(client, [.. Enumerable.Repeat($"/api/benchmarks?companies={Four}&period=annual", 30), .. Enumerable.Range(2007, 20).Select(y => string.Create(CultureInfo.InvariantCulture, $"/api/benchmarks?companies={Four}&from={y}&align=fiscal"))]);
        await LatencyProbe.MedianAsync(client, hot.Take(10).ToList());
        return (await LatencyProbe.MedianAsync(client, hot), await LatencyProbe.MedianAsync(client, computed));
    }

    private static List<TableRequest> Table(StorageRequestLog log, BenchStorage storage) =>
        log.Requests.Where(r => r.Url.Port == storage.TablePort).Select(r => TableRequest.From(r.Method, r.Url)).OfType<TableRequest>().ToList();

    private static string Kinds(IEnumerable<TableRequest> requests) =>
        string.Join(", ", requests.GroupBy(r => r.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));

    private static string Short(string table, Dictionary<string, string?> settings) => table.StartsWith("scale", StringComparison.Ordinal) ? table[5..] : table;
}
