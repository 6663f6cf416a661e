using System.Net;
using IndustryTracker.Benchmarks.Report;
using IndustryTracker.Benchmarks.Support;
using IndustryTracker.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace IndustryTracker.Benchmarks.Api;

/// <summary>Part 3: one local API server over a replay-ingested store; /api/benchmarks and its 304 against /api/health.</summary>
public static class ApiPart
{
    public const string Name = "3. API";
    private const int Workers = 8;

    public static IReadOnlyList<string> Notes { get; } =
    [
        $"API: one server started in-process with `ApiServer.On(0)` (Kestrel, the handlers `tracker serve` maps) over a store filled by one replay ingest. The load generator (in the suite) runs {Workers} concurrent HttpClient workers back to back for a fixed time per endpoint, each after a short warm-up, recording every latency; the floor is /api/health in the same run (it reads the runs table once per request). /api/benchmarks asks for all companies and all years; the 304 sends If-None-Match with the ETag of a first response.",
    ];

    public static async Task<IEnumerable<Measurement>> RunAsync(BenchStorage storage, bool quick)
    {
        var settings = storage.Settings("api");
        using (var host = await BenchStorage.StartHostAsync(settings))
        {
            await host.Services.GetRequiredService<IngestCycle>().RunAsync(null, null, null, CancellationToken.None);
        }

        var (app, address) = await BenchStorage.StartServerAsync(settings);
        await using var _ = app;
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Workers }) { BaseAddress = address };
        using var first = await client.GetAsync(new Uri("/api/benchmarks", UriKind.Relative));
        first.EnsureSuccessStatusCode();
        var etag = first.Headers.ETag?.ToString() ?? throw new InvalidOperationException("/api/benchmarks sent no ETag.");
        var bytes = (await first.Content.ReadAsByteArrayAsync()).Length;

        var duration = TimeSpan.FromSeconds(quick ? 5 : 20);
        var endpoints = new (string Label, Func<HttpRequestMessage> Request, HttpStatusCode Status)[]
        {
            ("/api/health", () => new HttpRequestMessage(HttpMethod.Get, "/api/health"), HttpStatusCode.OK),
            ($"/api/benchmarks, all companies and years ({bytes / 1024.0:0} KB JSON)", () => new HttpRequestMessage(HttpMethod.Get, "/api/benchmarks"), HttpStatusCode.OK),
            ("/api/benchmarks revalidation (If-None-Match → 304)", () => Revalidate(etag), HttpStatusCode.NotModified),
        };
        var results = new List<(string Label, LoadResult Result)>();
        foreach (var (label, request, status) in endpoints)
        {
            await LoadGenerator.RunAsync(client, request, status, Workers, TimeSpan.FromSeconds(1));
            results.Add((label, await LoadGenerator.RunAsync(client, request, status, Workers, duration)));
        }

        var health = results[0].Result;
        var rows = new List<Measurement>();
        foreach (var (label, result) in results)
        {
            var isHealth = ReferenceEquals(result, health);
            rows.Add(new Measurement(Name, $"{label}: throughput", result.RequestsPerSecond, isHealth ? null : health.RequestsPerSecond, "req/s", isHealth ? Target.None : Target.AtLeast(0.5), isHealth ? "the floor" : null));
            rows.Add(new Measurement(Name, $"{label}: latency p50 (p99 {result.P99:0.0} ms)", result.P50, null, "ms", Target.None));
        }

        return rows;
    }

    private static HttpRequestMessage Revalidate(string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/benchmarks");
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        return request;
    }
}
