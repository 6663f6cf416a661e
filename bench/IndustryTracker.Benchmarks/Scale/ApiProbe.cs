using System.Globalization;
using IndustryTracker.Benchmarks.Api;
using IndustryTracker.Benchmarks.Support;
using Microsoft.AspNetCore.Builder;

namespace IndustryTracker.Benchmarks.Scale;

/// <summary>
/// One API server over one store and the latencies of <c>/api/benchmarks</c> for the four tracked companies, measured
/// a slice at a time: the same URL again and again (served from the response cache after its first answer), and a
/// different from/to range each time (so every answer is computed).
/// </summary>
public sealed class ApiProbe : IAsyncDisposable
{
    private const string Four = "META,GOOGL,MSFT,AMZN";
    private const string Hot = $"/api/benchmarks?companies={Four}";
    private readonly WebApplication _app;
    private readonly HttpClient _client;
    private readonly List<double> _hot = [];
    private readonly List<double> _computed = [];

    private ApiProbe(WebApplication app, Uri address)
    {
        _app = app;
        _client = new HttpClient { BaseAddress = address };
    }

    public int Requests => _hot.Count + _computed.Count;

    public double HotMedian => Median(_hot);

    public double ComputedMedian => Median(_computed);

    /// <summary>A started server (fresh response cache), warmed on URLs the measurement does not use.</summary>
    public static async Task<ApiProbe> StartAsync(IDictionary<string, string?> settings)
    {
        var (app, address) = await BenchStorage.StartServerAsync(settings);
        var probe = new ApiProbe(app, address);
        await LatencyProbe.LatenciesAsync(probe._client, [
            .. Enumerable.Repeat($"{Hot}&period=annual", 30),
            .. Enumerable.Range(2007, SyntheticStore.Years).Select(y => string.Create(CultureInfo.InvariantCulture, $"{Hot}&from={y}&align=fiscal")),
            .. Enumerable.Repeat(Hot, 10)]);
        return probe;
    }

    /// <summary>
    /// Slice <paramref name="round"/> of <paramref name="rounds"/>: of <paramref name="count"/> cached requests, and of as
    /// many computed ones as there are ranges, up to <paramref name="count"/>.
    /// </summary>
    public async Task MeasureAsync(int round, int rounds, int count)
    {
        _hot.AddRange(await LatencyProbe.LatenciesAsync(_client, Enumerable.Repeat(Hot, Slice(count, round, rounds).GetOffsetAndLength(count).Length)));
        var ranges = Ranges.Take(count).ToList();
        _computed.AddRange(await LatencyProbe.LatenciesAsync(_client, ranges[Slice(ranges.Count, round, rounds)]));
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    /// <summary>Every from/to range of the synthetic years, each once: a computed answer every time.</summary>
    private static IEnumerable<string> Ranges =>
        Enumerable.Range(0, SyntheticStore.Years)
            .SelectMany(f => Enumerable.Range(f, SyntheticStore.Years - f).Select(t => (From: 2007 + f, To: 2007 + t)))
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{Hot}&from={r.From}&to={r.To}"));

    private static Range Slice(int total, int round, int rounds) => (total * round / rounds)..(total * (round + 1) / rounds);

    private static double Median(List<double> latencies) => LoadGenerator.Percentile([.. latencies.Order()], 0.5);
}
