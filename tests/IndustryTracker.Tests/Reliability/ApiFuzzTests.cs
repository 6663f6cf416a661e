using System.Net;
using System.Text;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Reliability;

/// <summary>
/// Hostile and random input to every endpoint of the local server over the replay store: no 5xx, every 4xx a problem
/// body, and no input echoed into HTML. Values are generated from a fixed seed, so a failure reproduces.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ApiFuzzTests(AzuriteFixture azurite) : ApiServerOverIngestedStore(azurite)
{
    private static readonly string[] Hostile =
    [
        "' or 1 eq 1 or '", "PartitionKey ne ''", "META' or PartitionKey gt '", "=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "@SUM(1)",
        "../../etc/passwd", "..%2F..%2Fsecret", "%00", "\u0000\u0001\u001f", "<script>alert(1)</script>", "\"><img src=x onerror=1>",
        "ＭＥＴＡ", "🙂🙂🙂", "İ", "9999999999999999999999", "-1", "0", "2023-02-30", "NaN", "1e309", new string('A', 5000), " ", ",,,", "META,,GOOGL",
    ];

    private static readonly string[] Routes =
    [
        "/api/companies?x={v}", "/api/benchmarks?companies={v}", "/api/benchmarks?from={v}&to={v}", "/api/benchmarks?period={v}&align={v}",
        "/api/benchmarks?metrics={v}&format={v}", "/api/compare?metric={v}&companies={v}", "/api/companies/{v}/headcount",
        "/api/companies/{v}/financials", "/api/companies/{v}/layoffs", "/api/layoffs?companies={v}&from={v}", "/api/layoffs?pageSize={v}&continuationToken={v}",
        "/api/warn?state={v}&company={v}", "/api/warn?from={v}&to={v}&format={v}", "/api/charts/{v}.png?kind={v}", "/api/charts/revenue.png?companies={v}&from={v}",
        "/api/claims?x={v}", "/api/exports?x={v}", "/api/health?x={v}", "/api/docs?x={v}",
    ];

    [Fact]
    public async Task Fuzz_TwoThousandHostileRequests_NoServerErrorAndEveryClientErrorIsAProblem()
    {
        var random = new Random(20261129);
        var failures = new List<string>();
        var requests = 0;
        var clientErrors = 0;
        var protocolRejects = 0;
        var urls = Enumerable.Range(0, 2_100).Select(_ => Routes[random.Next(Routes.Length)].Replace("{v}", Uri.EscapeDataString(Value(random)), StringComparison.Ordinal)).ToList();
        await Parallel.ForEachAsync(urls, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (url, ct) =>
        {
            using var response = await Client.GetAsync(url, ct);
            Interlocked.Increment(ref requests);
            var status = (int)response.StatusCode;
            var type = response.Content.Headers.ContentType?.MediaType;
            if (status >= 500)
            {
                lock (failures)
                {
                    failures.Add($"{status} {url}");
                }
            }
            else if (status is >= 400 and < 500)
            {
                Interlocked.Increment(ref clientErrors);
                if (type is null && RejectedByKestrel(url))
                {
                    // Kestrel refuses a NUL in the path or an over-long request line before any middleware runs, with
                    // an empty 400/414: the app never sees these requests, so no handler can answer with a problem.
                    Interlocked.Increment(ref protocolRejects);
                }
                else if (type != "application/problem+json")
                {
                    lock (failures)
                    {
                        failures.Add($"{status} without a problem body ({type}) {url}");
                    }
                }
            }
            else if (type == "text/html" && (await response.Content.ReadAsStringAsync(ct)).Contains("<script>alert", StringComparison.Ordinal))
            {
                lock (failures)
                {
                    failures.Add($"input echoed into HTML {url}");
                }
            }
        });

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
        Assert.True(requests >= 2_000, $"{requests} requests");
        Assert.True(clientErrors - protocolRejects > 200, $"only {clientErrors - protocolRejects} requests reached the app and were rejected: the generator is not hostile enough");
        ReliabilityResults.Record("fuzz", new IndustryTracker.Cli.Reliability.ReliabilityObservation(
            "API fuzz",
            $"{requests} seeded requests over {Routes.Length} endpoint shapes: huge, Unicode, control characters, OData and CSV injection, path traversal",
            requests,
            "no 5xx; every 4xx the app answers is a problem body; no input echoed into HTML",
            $"{clientErrors - protocolRejects} problem answers, {protocolRejects} refused by Kestrel before the app (NUL in path, request line over 8 KB), no echo",
            ServerErrors: 0));
    }

    private static bool RejectedByKestrel(string url) =>
        url.Split('?')[0].Contains("%00", StringComparison.Ordinal) || url.Length > 8_000;

    private static string Value(Random random) => random.Next(4) switch
    {
        0 => Hostile[random.Next(Hostile.Length)],
        1 => RandomText(random, random.Next(1, 40)),
        2 => random.Next(-5, 3000).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => new[] { "META", "GOOGL", "MSFT", "AMZN", "2023", "revenue", "csv", "WA", "quarterly", "calendar", "bar" }[random.Next(11)],
    };

    private static string RandomText(Random random, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            // Printable ASCII, controls and a slice of the BMP, surrogates excluded.
            text.Append((char)(random.Next(3) switch { 0 => random.Next(0x20, 0x7f), 1 => random.Next(0, 0x20), _ => random.Next(0xa0, 0xd7ff) }));
        }

        return text.ToString();
    }
}
