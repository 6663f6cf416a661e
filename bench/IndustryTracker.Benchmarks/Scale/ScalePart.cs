using IndustryTracker.Benchmarks.Exports;
using IndustryTracker.Benchmarks.Report;
using IndustryTracker.Benchmarks.Support;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IndustryTracker.Benchmarks.Scale;

/// <summary>
/// Part 5: /api/benchmarks for four companies from a store of 4 and one of 500 companies × 20 years, the kinds of table
/// request it makes, and which partitions a recompute of one company reads and writes.
/// </summary>
public static class ScalePart
{
    public const string Name = "5. Scale";
    private const string Four = "META,GOOGL,MSFT,AMZN";
    private const string Ticker = "META";

    public static IReadOnlyList<string> Notes { get; } =
    [
        $"Scale: two stores in the same Azurite, filled through the app's stores (`BenchmarkStore`, `FactStore`, `VersionStore`) with synthetic rows — per company and year a benchmark row, a headcount fact and three financial facts — one with the four tracked companies only, the other with the same four and 496 more. Each store gets its own fresh server (empty response cache), warmed on URLs the measurement does not use, which sends `/api/benchmarks?companies={Four}` one request at a time: the same URL repeatedly (served from the response cache after its ETag is computed), and with a different from/to range each time (so every answer is computed). The two servers take turns, a fifth of the requests each (a tenth in a full run), so that drift of the machine over the part falls on both alike; each row is the median over all of a store's requests. Every table request the process sends is seen through .NET's HTTP diagnostics and classified from its URL: point read, partition query ($filter pins PartitionKey) or scan. The recompute of {Ticker} runs `Recomputer` in the 500-company store; its reads are the table requests it sends, its writes the entities whose ETag changed.",
    ];

    public static async Task<IEnumerable<Measurement>> RunAsync(BenchStorage storage, bool quick)
    {
        var settings = storage.Settings("scale");
        var fourSettings = storage.Settings("scalefour");
        using var log = new StorageRequestLog();
        using var host = await BenchStorage.StartHostAsync(settings);
        using (var fourHost = await BenchStorage.StartHostAsync(fourSettings))
        {
            await SyntheticStore.FillAsync(fourHost, Four.Split(','));
        }

        await SyntheticStore.FillAsync(host, [.. Four.Split(','), .. Enumerable.Range(4, 496).Select(SyntheticBenchmarkRows.Ticker)]);
        await using var small = await ApiProbe.StartAsync(fourSettings);
        await using var large = await ApiProbe.StartAsync(settings);

        // The two stores take turns, a slice of the requests each, so that the machine's drift over the part falls on
        // both alike; only the large store's requests are recorded.
        var count = quick ? 100 : 400;
        var rounds = quick ? 5 : 10;
        var apiRequests = new List<TableRequest>();
        for (var round = 0; round < rounds; round++)
        {
            await small.MeasureAsync(round, rounds, count);
            using (log.Record())
            {
                await large.MeasureAsync(round, rounds, count);
                apiRequests.AddRange(Table(log, storage));
            }
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
            new Measurement(Name, $"/api/benchmarks?companies=<4>, cached answer: median latency, 500 vs 4 companies stored", large.HotMedian, small.HotMedian, "ms", Target.AtMost(1.5)),
            new Measurement(Name, $"/api/benchmarks?companies=<4>, computed answer (new from/to each time): median latency, 500 vs 4 companies stored", large.ComputedMedian, small.ComputedMedian, "ms", Target.AtMost(1.5)),
            new Measurement(Name, $"table requests of the 500-company store's {large.Requests} API requests: {Kinds(apiRequests)}; scans", apiRequests.Count(r => r.Kind == TableRequest.Scan), null, "scans", Target.AtMost(0)),
            new Measurement(Name, $"recompute {Ticker}: table requests {Kinds(recomputeReads)}, {written.Count} entities written; reads or writes outside {Ticker}'s partitions", foreignReads.Count + foreignWrites.Count, null, "requests", Target.AtMost(0),
                foreignReads.Count + foreignWrites.Count > 0 ? string.Join(", ", foreignReads.Select(r => $"{r.Kind} {r.Table}/{r.Partition}").Concat(foreignWrites).Distinct().Take(5)) : $"partitions read: {string.Join(", ", recomputeReads.Where(r => r.Kind != TableRequest.Write).Select(r => $"{Short(r.Table, settings)}/{r.Partition}{(r.Row is null ? "" : "/" + r.Row)}").Distinct())}"),
            new Measurement(Name, "table scans in all of the above", scans, null, "scans", Target.AtMost(0)),
        ];
    }

    private static List<TableRequest> Table(StorageRequestLog log, BenchStorage storage) =>
        log.Requests.Where(r => r.Url.Port == storage.TablePort).Select(r => TableRequest.From(r.Method, r.Url)).OfType<TableRequest>().ToList();

    private static string Kinds(IEnumerable<TableRequest> requests) =>
        string.Join(", ", requests.GroupBy(r => r.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));

    private static string Short(string table, Dictionary<string, string?> settings) => table.StartsWith("scale", StringComparison.Ordinal) ? table[5..] : table;
}
