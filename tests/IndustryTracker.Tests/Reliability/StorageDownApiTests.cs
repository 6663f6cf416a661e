using System.Net;
using System.Text.Json;
using IndustryTracker.Cli.Local;
using IndustryTracker.Cli.Reliability;
using IndustryTracker.Core.Api;
using IndustryTracker.Functions;
using IndustryTracker.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndustryTracker.Tests.Reliability;

/// <summary>
/// Issue 13 row 8: storage stopped under a running API. Every data endpoint answers 503 with Retry-After and a problem
/// body (no stack trace, no connection string) in the local server, and the function app's triggers hand back the same
/// answer; before, health said 503 while data endpoints said 500.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageDownApiTests
{
    private static readonly string[] DataUrls =
    [
        "/api/benchmarks?companies=META&from=2023&to=2023", "/api/compare?metric=revenue", "/api/companies/META/headcount", "/api/companies/AMZN/financials",
        "/api/layoffs?from=2023", "/api/companies/META/layoffs", "/api/warn?state=WA", "/api/claims", "/api/charts/revenue.png", "/api/exports",
    ];

    [Fact]
    public async Task LocalServer_StorageKilled_DataEndpointsAnswer503WithRetryAfterAndAProblem()
    {
        var ports = AzuritePorts.Free();
        var storage = await AzuriteProcess.StartAsync(ports, dataDirectory: null, progress: null, CancellationToken.None);
        await using var server = await LocalApiServer.StartAsync(TestStorage.Settings(ports.ConnectionString));
        using (var up = await server.Client.GetAsync("/api/layoffs"))
        {
            Assert.Equal(HttpStatusCode.OK, up.StatusCode);
        }

        await KillAsync(storage);

        var statuses = new List<int>();
        foreach (var url in DataUrls)
        {
            using var response = await server.Client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            statuses.Add((int)response.StatusCode);
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{url}: {(int)response.StatusCode} {body}");
            Assert.Equal(TimeSpan.FromSeconds(StorageUnavailable.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(body).RootElement;
            Assert.Equal((503, "Storage unavailable"), (problem.GetProperty("status").GetInt32(), problem.GetProperty("title").GetString()));
            Assert.Null(response.Headers.ETag);
            AssertNothingLeaks(body, ports);
        }

        using var health = await server.Client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        ReliabilityResults.Record("hostile", new ReliabilityObservation(
            "hostile 8: storage stopped under serve",
            $"Azurite killed (SIGKILL) under a running local server; GET on {DataUrls.Length} data endpoints and /api/health",
            DataUrls.Length + 1,
            "every data endpoint 503 with Retry-After and a problem body, like health; no stack trace or connection string",
            $"data endpoints: {string.Join(",", statuses.Distinct())} on all {statuses.Count}, Retry-After {StorageUnavailable.RetryAfterSeconds} s, problem+json; health {(int)health.StatusCode}",
            ServerErrors: statuses.Count(s => s != 503)));
    }

    [Fact]
    public async Task FunctionApp_StorageKilled_TriggersAnswer503WithRetryAfterAndAProblem()
    {
        var ports = AzuritePorts.Free();
        var storage = await AzuriteProcess.StartAsync(ports, dataDirectory: null, progress: null, CancellationToken.None);
        await using var host = await TrackerTestHost.StartAsync(TestStorage.Settings(ports.ConnectionString));
        var functions = new ApiFunctions(host.Get<TrackerApi>(), host.Get<InsightsApi>(), host.Get<ExportsApi>());
        await KillAsync(storage);

        var answers = new[]
        {
            await functions.Layoffs(Request("?from=2023")),
            await functions.Headcount(Request(""), "META"),
            await functions.Claims(Request("")),
            await functions.Exports(Request("")),
        };

        foreach (var answer in answers)
        {
            var context = await ExecuteAsync(Assert.IsType<ResultActionResult>(answer).Result, host.Services);
            Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
            Assert.Equal(StorageUnavailable.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), context.Response.Headers.RetryAfter.ToString());
            Assert.Equal("application/problem+json", context.Response.ContentType);
            var body = System.Text.Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());
            Assert.Equal("Storage unavailable", JsonDocument.Parse(body).RootElement.GetProperty("title").GetString());
            AssertNothingLeaks(body, ports);
        }
    }

    private static void AssertNothingLeaks(string body, AzuritePorts ports)
    {
        foreach (var secret in new[] { "AccountKey", "DefaultEndpointsProtocol", "127.0.0.1", ports.ConnectionString, "   at ", "Exception" })
        {
            Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
        }
    }

    /// <summary>SIGKILL, no grace, as StorageRestartTests does; then the process handle is released.</summary>
    private static async Task KillAsync(AzuriteProcess process)
    {
        System.Diagnostics.Process.GetProcessById(process.ProcessId).Kill(entireProcessTree: true);
        await process.DisposeAsync();
    }

    private static HttpRequest Request(string query)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query);
        return context.Request;
    }

    private static async Task<HttpContext> ExecuteAsync(IResult result, IServiceProvider services)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        await result.ExecuteAsync(context);
        return context;
    }
}
