using System.Diagnostics;
using System.Globalization;
using System.Net;
using IndustryTracker.Cli.Reliability;
using IndustryTracker.Core.Fetching;
using IndustryTracker.Core.Sources.Sec;
using IndustryTracker.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace IndustryTracker.Tests.Reliability;

/// <summary>
/// The real SEC client (AddIndustryTracker's registration, no replay) against a loopback server standing in for SEC,
/// measured at the server: never more than 10 requests in any one second, and a 429's Retry-After is honoured.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PolitenessTests(AzuriteFixture azurite)
{
    private const int Requests = 80;

    // Timers may fire a few milliseconds early on a loaded machine; an ignored Retry-After would come back in ~0 ms.
    private static readonly TimeSpan TimerSlack = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task SecClient_EightyConcurrentRequests_NeverMoreThanTenInAnySecondAtTheServer()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => Results.Json(new { filings = 1 }));
        await using var host = await TrackerTestHost.StartAsync(LiveSecSettings(azurite.ConnectionString, server.BaseUrl));
        var client = host.Get<SecClient>();

        var results = new FetchResult[Requests];
        await Parallel.ForEachAsync(Enumerable.Range(0, Requests), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
            results[i] = await client.FetchAsync(new Uri(server.BaseUrl, $"submissions/CIK{i:D10}.json"), Validators.None, ct));

        Assert.All(results, r => Assert.True(r.IsOk, r.Error));
        Assert.Equal(Requests, server.Arrivals.Count);
        var most = server.MostWithin(TimeSpan.FromSeconds(1));
        Assert.InRange(most, 1, 10);
        ReliabilityResults.Record("politeness", new ReliabilityObservation(
            "SEC rate limit (10/s)",
            string.Create(CultureInfo.InvariantCulture, $"{Requests} SEC requests, 16 at a time, through the real SecClient to a loopback server"),
            Requests,
            "at most 10 arrivals in any 1-second window, measured server-side",
            string.Create(CultureInfo.InvariantCulture, $"at most {most} in any 1-second window"),
            ServerErrors: 0));
    }

    [Fact]
    public async Task SecClient_TooManyRequestsWithRetryAfter_NextRequestWaitsAtLeastThatLong()
    {
        await using var server = await LoopbackServer.StartAsync((path, seen) =>
        {
            if (path.EndsWith("throttled.json", StringComparison.Ordinal) && seen == 1)
            {
                return new RetryAfterResult(1);
            }

            return Results.Json(new { filings = 1 });
        });
        await using var host = await TrackerTestHost.StartAsync(LiveSecSettings(azurite.ConnectionString, server.BaseUrl));
        var client = host.Get<SecClient>();

        foreach (var name in new[] { "first.json", "throttled.json", "after.json" })
        {
            var result = await client.FetchAsync(new Uri(server.BaseUrl, name), Validators.None, CancellationToken.None);
            Assert.True(result.IsOk, result.Error);
        }

        var arrivals = server.Arrivals;
        Assert.Equal(["/first.json", "/throttled.json", "/throttled.json", "/after.json"], arrivals.Select(a => a.Path));
        var waited = Stopwatch.GetElapsedTime(arrivals[1].Timestamp, arrivals[2].Timestamp);
        // The client's delay runs on a millisecond timer tick, which can end a hair before the server's high-resolution
        // clock says a second has passed (the likeliest cause of one unexplained failure in a full-suite run); a few milliseconds of slack keep that from failing the test.
        Assert.True(waited >= TimeSpan.FromSeconds(1) - TimerSlack, $"the retry came {waited.TotalMilliseconds} ms after a 429 with Retry-After: 1");
        ReliabilityResults.Record("politeness", new ReliabilityObservation(
            "SEC 429 with Retry-After",
            "one 429 with Retry-After: 1 from the loopback SEC",
            1,
            "the next request arrives no sooner than Retry-After",
            string.Create(CultureInfo.InvariantCulture, $"the retry arrived {waited.TotalSeconds:0.00} s later; then it succeeded")));
    }

    /// <summary>A host collecting from "SEC" at <paramref name="sec"/> live: no replay, a User-Agent, loopback allowed.</summary>
    public static Dictionary<string, string?> LiveSecSettings(string connectionString, Uri sec)
    {
        var settings = TestStorage.Settings(connectionString);
        settings.Remove("Replay:Directory");
        settings["Sec:UserAgent"] = "IndustryTracker tests tests@example.org";
        settings["Sec:DataBaseUrl"] = sec.AbsoluteUri;
        settings["Sec:ArchivesBaseUrl"] = sec.AbsoluteUri;
        settings["Sec:AllowedHosts:0"] = sec.Host;
        settings["Outbound:AllowPrivateAddresses"] = "true";
        return settings;
    }

    private sealed class RetryAfterResult(int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = (int)HttpStatusCode.TooManyRequests;
            httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        }
    }
}
