using IndustryTracker.Core.Api;
using IndustryTracker.Functions;
using IndustryTracker.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndustryTracker.Tests.Api;

/// <summary>The function app's HTTP triggers, called directly: they hand the request to the same handlers as `tracker serve`.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ApiFunctionsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Benchmarks_BadYear_IsAProblemNamingTheParameter()
    {
        var store = await azurite.IngestedAsync();
        await using var host = await TrackerTestHost.StartAsync(store.CopySettings());
        var functions = new ApiFunctions(host.Get<TrackerApi>(), host.Get<InsightsApi>(), host.Get<ExportsApi>());

        var result = await functions.Benchmarks(Request("?companies=META&from=last-year"));

        var problem = Assert.IsType<ProblemHttpResult>(Assert.IsType<ResultActionResult>(result).Result);
        Assert.Equal(400, problem.StatusCode);
        Assert.Equal("from", problem.ProblemDetails.Extensions["parameter"]);
    }

    [Fact]
    public async Task Headcount_KnownTicker_ReturnsTheStoredFacts()
    {
        var store = await azurite.IngestedAsync();
        await using var host = await TrackerTestHost.StartAsync(store.CopySettings());
        var functions = new ApiFunctions(host.Get<TrackerApi>(), host.Get<InsightsApi>(), host.Get<ExportsApi>());

        var result = await functions.Headcount(Request(""), "AMZN");

        var cached = Assert.IsType<CachedResult>(Assert.IsType<ResultActionResult>(result).Result);
        Assert.StartsWith("\"", cached.ETag, StringComparison.Ordinal);
        var ok = Assert.IsType<Ok<List<HeadcountView>>>(cached.Inner);
        var fact = Assert.Single(ok.Value!);
        Assert.Equal((1_525_000L, "FullTimeAndPartTime", "0001018724-24-000008"), (fact.Employees, fact.Scope, fact.Accession));
    }

    private static HttpRequest Request(string query)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query);
        return context.Request;
    }
}
