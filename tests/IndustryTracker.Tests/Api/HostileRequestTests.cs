using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using IndustryTracker.Cli.Reliability;
using IndustryTracker.Tests.Reliability;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Api;

/// <summary>
/// Hostile requests to the local server over the replay store (issue 13, rows 3 and 7 and unknown parameters): one
/// caller's crafted query never changes another caller's answer, and a forged continuation token is refused by name.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class HostileRequestTests(AzuriteFixture azurite) : ApiServerOverIngestedStore(azurite)
{
    // Row 3: the first request's single parameter is named "from=2023&to" (its '=' and '&' percent-encoded); joined
    // into a key with raw '&' and '=', it read exactly like the second request's two parameters.
    [Fact]
    public async Task Benchmarks_ForgedParameterName_NeverSharesTheAnswerOfTheRealRequest()
    {
        var (forged, real) = await ForgedThenRealAsync("/api/benchmarks?from%3D2023%26to=2023", "/api/benchmarks?from=2023&to=2023", "from=2023&to");

        var periods = JsonDocument.Parse(real.Body).RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("period").GetString()).Distinct().ToList();
        Assert.Equal(["FY2023"], periods);
        Record("benchmarks", forged, real, $"second answer's periods: {string.Join(",", periods)}");
    }

    [Fact]
    public async Task Layoffs_ForgedParameterName_NeverSharesTheAnswerOfTheRealRequest()
    {
        var (forged, real) = await ForgedThenRealAsync("/api/layoffs?from%3D2023%26to=2023", "/api/layoffs?from=2023&to=2023", "from=2023&to");

        var announced = JsonDocument.Parse(real.Body).RootElement.EnumerateArray().Select(e => e.GetProperty("announcedFrom").GetString()!).ToList();
        Assert.Equal(["2023-01-01", "2023-01-18", "2023-01-18", "2023-03-01", "2023-03-06", "2023-05-09", "2023-07-10"], announced);
        Record("layoffs", forged, real, $"second answer: {announced.Count} events, all announced in 2023");
    }

    [Fact]
    public async Task Warn_ForgedParameterName_NeverTurnsTheRealCsvRequestIntoJson()
    {
        var (forged, real) = await ForgedThenRealAsync("/api/warn?format%3Dcsv%26state=WA", "/api/warn?format=csv&state=WA", "format=csv&state");

        Assert.Equal("text/csv", real.MediaType);
        var lines = real.Body.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("state,employer,", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 1, "no notices in the CSV");
        Assert.All(lines.Skip(1), l => Assert.StartsWith("WA,", l, StringComparison.Ordinal));
        Record("warn csv", forged, real, $"second answer: text/csv, {lines.Length - 1} WA rows");
    }

    /// <summary>The key is the request's meaning: one meaning spelled two ways shares an ETag, two meanings never do.</summary>
    [Theory]
    [InlineData("/api/benchmarks?companies=meta,%20GOOGL&from=2023&to=2023", "/api/benchmarks?to=2023&companies=META,GOOGL&FROM=2023&code=any-key", true)]
    [InlineData("/api/layoffs?companies=MSFT,META", "/api/layoffs?companies=META,MSFT,META&pageSize=500", true)]
    [InlineData("/api/benchmarks?companies=GOOGL,META&from=2023&to=2023", "/api/benchmarks?companies=META,GOOGL&from=2023&to=2023", false)]
    [InlineData("/api/benchmarks?companies=AMZN", "/api/benchmarks?companies=AMZN&format=csv", false)]
    [InlineData("/api/warn?state=WA", "/api/warn?state=WA&pageSize=2", false)]
    public async Task ETag_FollowsTheParsedMeaningNotTheQueryText(string first, string second, bool same)
    {
        using var a = await Client.GetAsync(first);
        using var b = await Client.GetAsync(second);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (a.StatusCode, b.StatusCode));
        Assert.Equal(same, a.Headers.ETag!.Tag == b.Headers.ETag!.Tag);
        var (bodyA, bodyB) = (await a.Content.ReadAsStringAsync(), await b.Content.ReadAsStringAsync());
        Assert.Equal(same, bodyA == bodyB);
    }

    /// <summary>Every metric named is the comparison layout; none named is the export layout: two answers, two keys.</summary>
    [Fact]
    public async Task BenchmarksCsv_EveryMetricNamedOrNone_AreTwoAnswersWithTwoETags()
    {
        using var none = await Client.GetAsync("/api/benchmarks?companies=AMZN&format=csv");
        using var every = await Client.GetAsync("/api/benchmarks?companies=AMZN&format=csv&metrics=" + string.Join(',', Core.Benchmarks.BenchmarkMetrics.All));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (none.StatusCode, every.StatusCode));
        Assert.NotEqual(none.Headers.ETag!.Tag, every.Headers.ETag!.Tag);
        Assert.StartsWith("ticker,fiscalYear,", (await none.Content.ReadAsStringAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.NotEqual(await none.Content.ReadAsStringAsync(), await every.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/layoffs?company=META", "company")]
    [InlineData("/api/benchmarks?companie=META", "companie")]
    [InlineData("/api/warn?state=WA&companies=MSFT", "companies")]
    [InlineData("/api/companies/META/headcount?from=2023", "from")]
    [InlineData("/api/claims?verdict=supported", "verdict")]
    [InlineData("/api/exports?x=1", "x")]
    [InlineData("/api/charts/revenue.png?period=quarterly", "period")]
    [InlineData("/api/layoffs?companies=META&companies=GOOGL", "companies")]
    public async Task UnknownOrRepeatedParameter_Answers400NamingIt(string url, string parameter)
    {
        using var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(parameter, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());
        Assert.Null(response.Headers.ETag);
        if (url == "/api/layoffs?company=META")
        {
            ReliabilityResults.Record("hostile", new ReliabilityObservation(
                "hostile: unknown query parameter",
                "GET /api/layoffs?company=META (the parameter is `companies`), and 7 more misspelled, undeclared or repeated parameters",
                8,
                "400 problem naming the parameter, instead of silently answering every company",
                $"{(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}, parameter \"{parameter}\", no ETag"));
        }
    }

    [Fact]
    public async Task FunctionKeyParameter_IsAcceptedOnEveryEndpoint()
    {
        foreach (var url in new[] { "/api/companies?code=k", "/api/warn?state=WA&code=k", "/api/claims?code=k", "/api/companies/META/headcount?code=k", "/api/charts/revenue.png?code=k" })
        {
            using var response = await Client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        }
    }

    /// <summary>The examples people copy (README's curl lines and the docs page's) still answer 2xx with unknown parameters refused.</summary>
    [Fact]
    public async Task ReadmeAndDocsPageExamples_AllAnswer2xx()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(Fixtures.RepoRoot, "README.md"));
        using var docs = await Client.GetAsync("/api/docs");
        var page = await docs.Content.ReadAsStringAsync();
        var examples = ExampleUrl().Matches(readme).Select(m => m.Groups[1].Value)
            .Concat(ExampleUrl().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)))
            .ToList();

        Assert.True(examples.Count > 25, $"only {examples.Count} examples found");
        var failures = new List<string>();
        foreach (var example in examples)
        {
            using var response = await Client.GetAsync(example);
            if ((int)response.StatusCode is < 200 or > 299)
            {
                failures.Add($"{(int)response.StatusCode} {example} {await response.Content.ReadAsStringAsync()}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    // Row 7: an offset of int.MaxValue parsed, and offset + pageSize overflowed into a negative next token.
    [Fact]
    public async Task ContinuationToken_AtIntMax_Is400NamingTheToken()
    {
        using var response = await Client.GetAsync("/api/layoffs?continuationToken=" + Token(int.MaxValue));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("continuationToken", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());
        Assert.False(response.Headers.Contains("X-Continuation-Token"));
        ReliabilityResults.Record("hostile", new ReliabilityObservation(
            "hostile 7: continuation token overflow",
            "GET /api/layoffs?continuationToken=base64(\"o:2147483647\")",
            1,
            "400 naming continuationToken; no next token",
            $"{(int)response.StatusCode}, parameter continuationToken, no X-Continuation-Token header"));
    }

    [Theory]
    [InlineData(99)]
    [InlineData(100)]
    [InlineData(5000)]
    public async Task ContinuationToken_PastTheEnd_Is400NamingTheToken(int offset)
    {
        // California has 99 notices: offsets 0..98 lie inside the list.
        using var response = await Client.GetAsync("/api/warn?state=CA&continuationToken=" + Token(offset));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("continuationToken", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task ContinuationToken_AtTheLastItem_ServesItAndEndsTheWalk()
    {
        using var response = await Client.GetAsync("/api/warn?state=CA&continuationToken=" + Token(98));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
        Assert.False(response.Headers.Contains("X-Continuation-Token"));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(1)]
    public async Task Layoffs_PageWalk_ReturnsEveryEventOnceAndTerminates(int pageSize)
    {
        var all = (await Client.GetFromJsonAsync<JsonElement>("/api/layoffs")).EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
        var walked = new List<string>();
        var pages = new List<int>();
        string? token = null;
        // Bounded: one page per event at most, plus the last.
        for (var i = 0; i <= all.Count; i++)
        {
            using var response = await Client.GetAsync($"/api/layoffs?pageSize={pageSize}" + (token is null ? "" : "&continuationToken=" + token));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
            walked.AddRange(page);
            pages.Add(page.Count);
            token = response.Headers.TryGetValues("X-Continuation-Token", out var values) ? values.Single() : null;
            if (token is null)
            {
                break;
            }
        }

        Assert.Null(token);
        Assert.Equal(all, walked);
        Assert.Equal((all.Count + pageSize - 1) / pageSize, pages.Count);
        Assert.All(pages, p => Assert.InRange(p, 1, pageSize));
    }

    private async Task<(Answer Forged, Answer Real)> ForgedThenRealAsync(string forgedUrl, string realUrl, string forgedName)
    {
        var forged = await GetAsync(forgedUrl);
        var real = await GetAsync(realUrl);

        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Equal(forgedName, JsonDocument.Parse(forged.Body).RootElement.GetProperty("parameter").GetString());
        Assert.Null(forged.ETag);
        Assert.Equal(HttpStatusCode.OK, real.Status);
        Assert.NotNull(real.ETag);
        Assert.NotEqual(forged.Body, real.Body);
        return (forged, real);
    }

    private async Task<Answer> GetAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        return new Answer(url, response.StatusCode, response.Headers.ETag?.Tag, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private static void Record(string endpoint, Answer forged, Answer real, string observed) =>
        ReliabilityResults.Record("hostile", new ReliabilityObservation(
            $"hostile 3: cache key forged through {endpoint}",
            $"GET {forged.Url}, then GET {real.Url}",
            2,
            "different ETags and bodies; the second caller gets exactly what it asked for",
            $"first {(int)forged.Status} naming \"{JsonDocument.Parse(forged.Body).RootElement.GetProperty("parameter").GetString()}\" (no ETag); second {(int)real.Status} ETag {real.ETag}; {observed}"));

    private static string Token(int offset) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"o:{offset}"));

    [GeneratedRegex(@"curl '?(?:http://localhost:7071)(/api/[^'\s<]+)")]
    private static partial Regex ExampleUrl();

    private sealed record Answer(string Url, HttpStatusCode Status, string? ETag, string? MediaType, string Body);
}
