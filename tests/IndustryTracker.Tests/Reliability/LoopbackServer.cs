using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IndustryTracker.Tests.Reliability;

/// <summary>A Kestrel server on loopback standing in for a source: it records when each request arrived and answers through a callback.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, long Timestamp)> _arrivals = new();

    private LoopbackServer(WebApplication app) => _app = app;

    public Uri BaseUrl => new(_app.Urls.First() + "/");

    /// <summary>Arrival order, path and time (Stopwatch timestamps, taken server-side as the request came in).</summary>
    public IReadOnlyList<(string Path, long Timestamp)> Arrivals => [.. _arrivals];

    public static async Task<LoopbackServer> StartAsync(Func<string, int, IResult> answer)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LoopbackServer(app);
        var seen = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        app.MapGet("/{**path}", (HttpContext context) =>
        {
            var path = context.Request.Path.Value ?? "/";
            server._arrivals.Enqueue((path, Stopwatch.GetTimestamp()));
            return answer(path, seen.AddOrUpdate(path, 1, (_, n) => n + 1));
        });
        await app.StartAsync();
        return server;
    }

    /// <summary>The most requests that arrived within any one window of <paramref name="window"/>, starting at any arrival.</summary>
    public int MostWithin(TimeSpan window)
    {
        var times = Arrivals.Select(a => a.Timestamp).Order().ToArray();
        var span = (long)(window.TotalSeconds * Stopwatch.Frequency);
        int most = 0, start = 0;
        for (var end = 0; end < times.Length; end++)
        {
            while (times[end] - times[start] >= span)
            {
                start++;
            }

            most = Math.Max(most, end - start + 1);
        }

        return most;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
