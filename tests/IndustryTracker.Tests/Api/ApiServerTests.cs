using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IndustryTracker.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IndustryTracker.Tests.Api;

/// <summary>The API as `tracker serve` runs it (Kestrel on loopback), over the store of a full replay cycle.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ApiServerTests(AzuriteFixture azurite) : ApiServerOverIngestedStore(azurite)
{
    [Fact]
    public async Task Companies_ListsTheSeeds()
    {
        var companies = await Client.GetFromJsonAsync<JsonElement>("/api/companies");

        Assert.Equal(["META", "GOOGL", "MSFT", "AMZN"], companies.EnumerateArray().Select(c => c.GetProperty("ticker").GetString()));
    }

    [Fact]
    public async Task Benchmarks_CompaniesAndYears_ReturnsOnlyThoseRowsWithSources()
    {
        var result = await Client.GetFromJsonAsync<JsonElement>("/api/benchmarks?companies=META,GOOGL&from=2021&to=2025");
        var rows = result.GetProperty("rows");

        var keys = rows.EnumerateArray().Select(r => (r.GetProperty("ticker").GetString(), r.GetProperty("period").GetString()!)).ToList();
        // Meta's corpus has no FY2024 row; FY2026 and earlier years lie outside the range asked for.
        Assert.Equal(
            [("GOOGL", "FY2021"), ("META", "FY2021"), ("GOOGL", "FY2022"), ("META", "FY2022"), ("GOOGL", "FY2023"), ("META", "FY2023"), ("GOOGL", "FY2024"), ("GOOGL", "FY2025"), ("META", "FY2025")],
            keys);
        Assert.Equal(["GOOGL", "META"], keys.Select(k => k.Item1).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(("annual", "fiscal"), (result.GetProperty("period").GetString(), result.GetProperty("align").GetString()));
        var meta2023 = rows.EnumerateArray().Single(r => r.GetProperty("ticker").GetString() == "META" && r.GetProperty("period").GetString() == "FY2023");
        var revenue = meta2023.GetProperty("metrics").GetProperty("revenue");
        Assert.Equal(134_902_000_000m, revenue.GetProperty("value").GetDecimal());
        Assert.Equal("0001326801-24-000012", revenue.GetProperty("sources")[0].GetProperty("accession").GetString());
    }

    [Fact]
    public async Task Benchmarks_SeveralCompanies_RanksEachMetricAndSetsItAgainstTheMedian()
    {
        var result = await Client.GetFromJsonAsync<JsonElement>("/api/benchmarks?companies=META,GOOGL,AMZN&from=2023&to=2023&metrics=revenue,revenuePerEmployee");

        var revenue = result.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("ticker").GetString()!, r => r.GetProperty("metrics").GetProperty("revenue"));
        Assert.Equal(["revenue", "revenuePerEmployee"], result.GetProperty("metrics").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal((1, 2, 3), (revenue["AMZN"].GetProperty("rank").GetInt32(), revenue["GOOGL"].GetProperty("rank").GetInt32(), revenue["META"].GetProperty("rank").GetInt32()));
        // Three companies: the median is Alphabet's 307,394,000,000.
        Assert.Equal(574_785_000_000m - 307_394_000_000m, revenue["AMZN"].GetProperty("diffFromMedian").GetDecimal());
        Assert.Equal(0m, revenue["GOOGL"].GetProperty("diffFromMedian").GetDecimal());
        Assert.Equal(134_902_000_000m - 307_394_000_000m, revenue["META"].GetProperty("diffFromMedian").GetDecimal());
    }

    [Fact]
    public async Task Benchmarks_QuarterlyCalendar_BuildsQuartersFromTheFilingsAndSaysHow()
    {
        var result = await Client.GetFromJsonAsync<JsonElement>("/api/benchmarks?companies=GOOGL&from=2023&to=2023&period=quarterly&align=calendar&metrics=revenue,employees");

        var rows = result.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("period").GetString()!);
        Assert.Equal(74_604_000_000m, rows["2023-Q2"].GetProperty("metrics").GetProperty("revenue").GetProperty("value").GetDecimal());
        Assert.Equal(76_693_000_000m, rows["2023-Q3"].GetProperty("metrics").GetProperty("revenue").GetProperty("value").GetDecimal());
        Assert.Equal(181_798m, rows["2023-Q2"].GetProperty("metrics").GetProperty("employees").GetProperty("value").GetDecimal());
        Assert.Equal("calendar year = fiscal year (it ends 12-31)", rows["2023-Q3"].GetProperty("alignment").GetString());
        // The fourth quarter is reported only inside the annual figure: derived, and the note says so.
        var q4 = rows["2023-Q4"].GetProperty("metrics").GetProperty("revenue");
        Assert.StartsWith("derived: 2023-01-01..2023-12-31 minus 2023-01-01..2023-09-30", q4.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal(307_394_000_000m - 74_604_000_000m - 76_693_000_000m - rows["2023-Q1"].GetProperty("metrics").GetProperty("revenue").GetProperty("value").GetDecimal(), q4.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task Compare_OneMetric_IsOneTableOfCompaniesByYear()
    {
        var table = await Client.GetFromJsonAsync<JsonElement>("/api/compare?metric=revenuePerEmployee&companies=META,AMZN&from=2023&to=2023");

        Assert.Equal(("revenuePerEmployee", "USD per employee"), (table.GetProperty("metric").GetString(), table.GetProperty("unit").GetString()));
        var row = Assert.Single(table.GetProperty("rows").EnumerateArray());
        Assert.Equal("FY2023", row.GetProperty("period").GetString());
        Assert.Equal(Math.Round(134_902_000_000m / 67_317m, 0), row.GetProperty("values").GetProperty("META").GetProperty("value").GetDecimal());
        Assert.Equal(1, row.GetProperty("values").GetProperty("META").GetProperty("rank").GetInt32());
    }

    [Fact]
    public async Task Benchmarks_FormatCsv_ServesTheExportLayout()
    {
        using var response = await Client.GetAsync("/api/benchmarks?companies=AMZN&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ticker,fiscalYear,", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("AMZN,", l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("AMZN,2023,", StringComparison.Ordinal) && l.Contains(",574785000000,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Headcount_Ticker_ServesFactsWithSentenceAndSource()
    {
        var rows = await Client.GetFromJsonAsync<JsonElement>("/api/companies/googl/headcount");

        var last = rows.EnumerateArray().Last();
        Assert.Equal(("GOOGL", "2023-12-31", 182_502L), (last.GetProperty("ticker").GetString(), last.GetProperty("asOf").GetString(), last.GetProperty("employees").GetInt64()));
        Assert.Equal("As of December 31, 2023, Alphabet had 182,502 employees.", last.GetProperty("sentence").GetString());
        Assert.Equal("https://www.sec.gov/Archives/edgar/data/1652044/000165204424000022/goog-20231231.htm", last.GetProperty("url").GetString());
        Assert.Equal(["ticker", "asOf", "employees", "approximate", "scope", "sentence", "url", "accession", "form", "asOfResolved"], last.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, last.GetProperty("asOfResolved").ValueKind); // the 10-K states its date
    }

    [Fact]
    public async Task Financials_Ticker_ServesMetricsWithConcepts()
    {
        var rows = await Client.GetFromJsonAsync<JsonElement>("/api/companies/AMZN/financials");

        var revenue = rows.EnumerateArray().Single(r => r.GetProperty("metric").GetString() == "revenue" && r.GetProperty("periodStart").GetString() == "2023-01-01" && r.GetProperty("periodEnd").GetString() == "2023-12-31");
        Assert.Equal(574_785_000_000m, revenue.GetProperty("value").GetDecimal());
        Assert.Equal(["ticker", "metric", "concept", "periodStart", "periodEnd", "value", "unit", "source", "url", "accession"], revenue.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("/api/benchmarks?companies=META,XYZ", "companies")]
    [InlineData("/api/benchmarks?from=20x1", "from")]
    [InlineData("/api/benchmarks?to=99999999999999999999", "to")]
    [InlineData("/api/benchmarks?from=2025&to=2021", "from")]
    [InlineData("/api/benchmarks?format=xml", "format")]
    [InlineData("/api/benchmarks?period=weekly", "period")]
    [InlineData("/api/benchmarks?align=lunar", "align")]
    [InlineData("/api/benchmarks?metrics=revenue,happiness", "metrics")]
    [InlineData("/api/compare?companies=META", "metric")]
    [InlineData("/api/compare?metric=revenue,capex", "metric")]
    [InlineData("/api/companies/NOPE/headcount", "ticker")]
    [InlineData("/api/companies/%27%20or%20%271%27%3D%271/financials", "ticker")]
    [InlineData("/api/layoffs?from=2023-13-01", "from")]
    [InlineData("/api/layoffs?from=2024&to=2023", "from")]
    [InlineData("/api/layoffs?companies=FB", "companies")]
    [InlineData("/api/warn?state=W1", "state")]
    [InlineData("/api/warn?company=ACME", "company")]
    [InlineData("/api/companies/NOPE/layoffs", "ticker")]
    [InlineData("/api/warn?pageSize=0", "pageSize")]
    [InlineData("/api/layoffs?pageSize=5000", "pageSize")]
    [InlineData("/api/warn?continuationToken=not-a-token", "continuationToken")]
    [InlineData("/api/layoffs?continuationToken=bzotMQ", "continuationToken")]
    [InlineData("/api/charts/happiness.png", "metric")]
    [InlineData("/api/charts/revenue.png?kind=pie", "kind")]
    [InlineData("/api/charts/revenue.png?companies=ZZZZ", "companies")]
    public async Task BadInput_Answers400ProblemNamingTheParameter(string url, string parameter)
    {
        using var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Warn_StateCompanyAndDates_ListsMicrosoftsWashingtonNotices()
    {
        var rows = await Client.GetFromJsonAsync<JsonElement>("/api/warn?state=wa&company=MSFT&from=2023&to=2023-12-31");

        Assert.Equal(
            [("2023-01-18", 878), ("2023-02-09", 617), ("2023-03-06", 689), ("2023-03-27", 559), ("2023-05-09", 158), ("2023-06-05", 22), ("2023-07-10", 276)],
            rows.EnumerateArray().Select(r => (r.GetProperty("received").GetString()!, r.GetProperty("workers").GetInt32())));
        Assert.All(rows.EnumerateArray(), r => Assert.Equal(("WA", "MSFT"), (r.GetProperty("state").GetString(), r.GetProperty("ticker").GetString())));
    }

    [Fact]
    public async Task Warn_NoCompany_IncludesUnmatchedEmployersButNeverCountsThem()
    {
        var rows = await Client.GetFromJsonAsync<JsonElement>("/api/warn?state=CA");

        var abm = rows.EnumerateArray().Single(r => r.GetProperty("employer").GetString()!.Contains("dba Meta", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, abm.GetProperty("ticker").ValueKind);
        Assert.Equal(99, rows.GetArrayLength());
    }

    [Fact]
    public async Task Layoffs_CompanyRoute_ServesEventsWithEvidenceFields()
    {
        var events = await Client.GetFromJsonAsync<JsonElement>("/api/companies/META/layoffs");

        // "In 2022 … a layoff of approximately 11,000" narrowed by the 10-K's "Beginning in November 2022, …".
        var round = events.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "META-2022-11-01");
        Assert.Equal((11_000, "2022-11"), (round.GetProperty("count").GetInt64(), round.GetProperty("announced").GetString()));
        Assert.Equal([307, 419], round.GetProperty("warn").EnumerateArray().Select(w => w.GetProperty("workers").GetInt32()).Order());
        foreach (var field in new[] { "id", "ticker", "announced", "count", "countQualifier", "percentOfWorkforce", "headline", "sentence", "dateNote", "sources", "warn" })
        {
            Assert.True(round.TryGetProperty(field, out _), field);
        }

        var source = round.GetProperty("sources")[0];
        foreach (var field in new[] { "kind", "url", "date", "count", "sentence" })
        {
            Assert.True(source.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task Benchmarks_Revalidation_Answers304AndANewVersionChangesTheETag()
    {
        using var first = await Client.GetAsync("/api/benchmarks?companies=META,GOOGL");
        var etag = first.Headers.ETag!;
        Assert.Equal((true, TimeSpan.FromSeconds(60), true), (first.Headers.CacheControl!.Private, first.Headers.CacheControl.MaxAge, first.Headers.CacheControl.MustRevalidate));

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/api/benchmarks?companies=META,GOOGL");
        revalidate.Headers.IfNoneMatch.Add(etag);
        using var notModified = await Client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        // A recompute that changes Meta's data changes Meta's responses' ETags, and only those.
        using var googleBefore = await Client.GetAsync("/api/companies/GOOGL/headcount");
        await App.Services.GetRequiredService<Core.Storage.VersionStore>().SetAsync("META", "changed-by-test-" + Guid.NewGuid(), CancellationToken.None);
        using var after = await Client.GetAsync("/api/benchmarks?companies=META,GOOGL");
        using var googleAfter = await Client.GetAsync("/api/companies/GOOGL/headcount");
        Assert.NotEqual(etag, after.Headers.ETag);
        Assert.Equal(googleBefore.Headers.ETag, googleAfter.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Warn_Pages_FollowTheContinuationTokenToTheEnd()
    {
        var pages = new List<int>();
        string? token = null;
        do
        {
            using var response = await Client.GetAsync("/api/warn?state=CA&pageSize=40" + (token is null ? "" : "&continuationToken=" + token));
            pages.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
            token = response.Headers.TryGetValues("X-Continuation-Token", out var values) ? values.Single() : null;
        }
        while (token is not null);

        Assert.Equal([40, 40, 19], pages);
    }

    [Fact]
    public async Task Claims_ReplayStore_GivesEachClaimAVerdictWithEvidence()
    {
        var verdicts = (await Client.GetFromJsonAsync<JsonElement>("/api/claims")).EnumerateArray().ToList();

        Assert.Equal(7, verdicts.Count);
        var byVerdict = verdicts.GroupBy(v => v.GetProperty("verdict").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(1, byVerdict["contradicted"]);
        Assert.Equal(1, byVerdict["pending"]);
        Assert.Equal(1, byVerdict["not checkable from filings"]);
        Assert.Equal(
            [("meta-headcount-78000", 2), ("meta-layoffs-21000-2023", 4), ("google-layoffs-12000-early-2023", 1), ("microsoft-layoffs-10000", 4), ("amazon-layoffs-27000", 1), ("meta-headcount-60000-65000-by-2025", 1), ("ai-output-2-5x", 3)],
            verdicts.Select(v => (v.GetProperty("id").GetString()!, v.GetProperty("evidence").GetArrayLength())));
    }

    [Fact]
    public async Task Chart_Metric_IsAPublishablePng()
    {
        using var response = await Client.GetAsync("/api/charts/revenue.png?companies=META,GOOGL,AMZN&from=2019&to=2025");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
        Assert.Equal((1200, 675), (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
    }

    [Fact]
    public async Task Exports_AfterACycle_ListsEveryDatasetWithLinks()
    {
        var listing = await Client.GetFromJsonAsync<JsonElement>("/api/exports");

        var names = listing.GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("name").GetString()).ToList();
        Assert.Equal(["benchmarks", "layoffs", "warn", "headcount", "financials"], names);
    }

    [Fact]
    public async Task Health_NewsroomNeverSucceeded_IsDegradedWith200AndSaysWhich()
    {
        using var response = await Client.GetAsync("/api/health");
        var health = await response.Content.ReadFromJsonAsync<JsonElement>();

        // The corpus records no newsroom feed: every feed request was a 404, so that source has never succeeded.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("degraded", health.GetProperty("status").GetString());
        var sources = health.GetProperty("sources").EnumerateArray().ToDictionary(s => s.GetProperty("source").GetString()!);
        Assert.False(sources["sec"].GetProperty("stale").GetBoolean());
        Assert.False(sources["warn"].GetProperty("stale").GetBoolean());
        Assert.True(sources["newsroom"].GetProperty("stale").GetBoolean());
        Assert.Equal("no successful run recorded", sources["newsroom"].GetProperty("reason").GetString());
        // The newest filing archived is the Meta 8-K of 2025-12-19.
        Assert.Equal("2025-12-19", sources["sec"].GetProperty("newestDocument").GetString());
    }
}
