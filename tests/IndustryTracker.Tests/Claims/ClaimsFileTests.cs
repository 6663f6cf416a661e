using IndustryTracker.Core.Claims;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Claims;

public sealed class ClaimsFileTests
{
    private static readonly HashSet<string> Tickers = new(["META", "GOOGL", "MSFT", "AMZN"], StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Load_SeedsFile_LoadsTheAnalysisClaimsWithTypedChecks()
    {
        var claims = ClaimsFile.Load(Path.Combine(Fixtures.RepoRoot, "seeds", "claims.json"), Tickers);

        Assert.Equal(
            ["meta-headcount-78000", "meta-layoffs-21000-2023", "google-layoffs-12000-early-2023", "microsoft-layoffs-10000", "amazon-layoffs-27000", "meta-headcount-60000-65000-by-2025", "ai-output-2-5x"],
            claims.Select(c => c.Id));
        Assert.All(claims, c => Assert.StartsWith("shared/context/analysis-meta-ai-layoffs.txt", c.PublishedIn.Source, StringComparison.Ordinal));
        var meta = Assert.IsType<LayoffsCheck>(claims[1].Check);
        Assert.Equal(("META", 21_000m, Comparator.Approx, 2), (meta.Company, meta.Count.Value, meta.Count.Comparator, meta.Rounds));
        var target = Assert.IsType<HeadcountTargetCheck>(claims[5].Check);
        Assert.Equal((new DateOnly(2025, 12, 31), 60_000m, 65_000m), (target.By, target.Expected.Value, target.Expected.Max));
        Assert.Equal("revenuePerEmployee", Assert.IsType<NotCheckableCheck>(claims[6].Check).Metric);
    }

    [Theory]
    [InlineData("""{ "kind": "layoffs", "company": "META", "period": { "from": "2023-01-01", "to": "2023-12-31" }, "comparator": "approx", "tolerancePct": 5 }""", "claim 1 (c1): check.expected is required")]
    [InlineData("""{ "kind": "layoff", "company": "META" }""", "claim 1 (c1): check.kind 'layoff' is not one of headcount, layoffs, headcountTarget, notCheckable")]
    [InlineData("""{ "kind": "headcount", "company": "META", "asOf": "31/12/2023", "comparator": "eq", "expected": 1 }""", "claim 1 (c1): check.asOf '31/12/2023' is not a date (yyyy-MM-dd)")]
    [InlineData("""{ "kind": "headcount", "company": "META", "comparator": "eq", "expected": 1 }""", "claim 1 (c1): check needs exactly one of asOf (a date) or period (from, to)")]
    [InlineData("""{ "kind": "headcount", "company": "IBM", "asOf": "2023-12-31", "comparator": "eq", "expected": 1 }""", "claim 1 (c1): check.company 'IBM' is not in the companies file")]
    [InlineData("""{ "kind": "headcountTarget", "company": "META", "by": "2025-12-31", "comparator": "between", "expected": 60000 }""", "claim 1 (c1): check.max is required for comparator between")]
    [InlineData("""{ "kind": "layoffs", "company": "META", "period": { "from": "2023-12-31", "to": "2023-01-01" }, "comparator": "approx", "expected": 1, "tolerancePct": 5 }""", "claim 1 (c1): check.period.from is after check.period.to")]
    [InlineData("""{ "kind": "layoffs", "company": "META", "period": { "from": "2023-01-01", "to": "2023-12-31" }, "comparator": "about", "expected": 1 }""", "claim 1 (c1): check.comparator 'about' is not one of eq, approx, between, atLeast, atMost")]
    [InlineData("""{ "kind": "notCheckable", "metric": "happiness", "companies": ["META"], "reason": "r" }""", "claim 1 (c1): check.metric 'happiness' is not a benchmark metric")]
    public void Parse_BadCheck_FailsNamingTheEntryAndField(string check, string expected)
    {
        var json = $$"""{ "publications": { "p": { "title": "T", "source": "S" } }, "claims": [ { "id": "c1", "text": "A claim.", "publishedIn": "p", "check": {{check}} } ] }""";

        var error = Assert.Throws<InvalidOperationException>(() => ClaimsFile.Parse(json, "test.json", Tickers));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Claims file 'test.json' is invalid: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralBadEntries_ReportsEachOnceByPositionAndId()
    {
        const string json = """
            { "publications": { "p": { "title": "T", "source": "S" } },
              "claims": [
                { "id": "ok", "text": "Fine.", "publishedIn": "p", "check": { "kind": "headcount", "company": "META", "asOf": "2023-12-31", "comparator": "eq", "expected": 1 } },
                { "id": "no-text", "publishedIn": "p", "check": { "kind": "headcount", "company": "META", "asOf": "2023-12-31", "comparator": "eq", "expected": 1 } },
                { "id": "bad-pub", "text": "T.", "publishedIn": "elsewhere", "check": { "kind": "headcount", "company": "META", "asOf": "2023-12-31", "comparator": "eq", "expected": 1 } },
                { "id": "ok", "text": "Again.", "publishedIn": "p", "check": { "kind": "headcount", "company": "META", "asOf": "2023-12-31", "comparator": "eq", "expected": 1 } }
              ] }
            """;

        var error = Assert.Throws<InvalidOperationException>(() => ClaimsFile.Parse(json, "test.json", Tickers));

        Assert.Contains("claim 2 (no-text): text is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("claim 3 (bad-pub): publishedIn 'elsewhere' is not a key of publications", error.Message, StringComparison.Ordinal);
        Assert.Contains("id 'ok' appears more than once", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("claim 1 ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeveralBadEntries_KeepsTheValidClaimsAndListsEachProblem()
    {
        // The tolerant read the service uses: claims never stop a run, so a bad entry is a problem beside the others.
        const string json = """
            { "publications": { "p": { "title": "T", "source": "S" } },
              "claims": [
                { "id": "ok", "text": "Fine.", "publishedIn": "p", "check": { "kind": "headcount", "company": "IBM", "asOf": "2023-12-31", "comparator": "eq", "expected": 1 } },
                { "id": "no-text", "publishedIn": "p", "check": { "kind": "headcount", "company": "META", "asOf": "2023-12-31", "comparator": "eq", "expected": 1 } },
                { "id": "twice", "text": "A.", "publishedIn": "p", "check": { "kind": "headcount", "company": "META", "asOf": "2023-12-31", "comparator": "eq", "expected": 1 } },
                { "id": "twice", "text": "B.", "publishedIn": "p", "check": { "kind": "headcount", "company": "META", "asOf": "2023-12-31", "comparator": "eq", "expected": 2 } }
              ] }
            """;

        var load = ClaimsFile.Read(json, "test.json");

        // No tickers given: a claim about a company not tracked is valid here and judged 'not applicable' at evaluation.
        Assert.Equal(["ok"], load.Claims.Select(c => c.Id));
        Assert.Equal(["claim 2 (no-text): text is required (the claim, paraphrased)", "id 'twice' appears more than once"], load.Problems);
        Assert.Null(load.FileProblem);
    }

    [Fact]
    public void Read_MissingOrMalformedFile_IsAProblemNotAnException()
    {
        Assert.StartsWith("Claims file '/nonexistent/claims.json' not found. Set Claims:File", Assert.Single(ClaimsFile.Read("/nonexistent/claims.json").Problems), StringComparison.Ordinal);
        var malformed = ClaimsFile.Read("""{ "claims": [ { "id": "c1", "check": { "kind": "layoffs", "tolerance": 5 } } ] }""", "test.json");
        Assert.Empty(malformed.Claims);
        Assert.StartsWith("Claims file 'test.json' is not valid at $.claims[0].check", Assert.Single(malformed.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ClaimsAboutUntrackedCompanies_AreNotApplicableNamingThem()
    {
        var claims = ClaimsFile.Load(Path.Combine(Fixtures.RepoRoot, "seeds", "claims.json"));

        var verdicts = ClaimEvaluator.Evaluate(claims, new ClaimFacts([], [], []), t => t == "MSFT");

        Assert.Equal(
            [Verdicts.NotApplicable, Verdicts.NotApplicable, Verdicts.NotApplicable, Verdicts.Unverified, Verdicts.NotApplicable, Verdicts.NotApplicable, Verdicts.NotApplicable],
            verdicts.Select(v => v.Verdict));
        Assert.Equal(
            "META is not a tracked company, so no stored fact bears on this claim; track it with `tracker companies add META` (or POST /api/companies) and the next run collects its filings.",
            verdicts[0].Explanation);
        Assert.Equal(
            "META, GOOGL, AMZN are not tracked companies, so no stored fact bears on this claim; track them with `tracker companies add META GOOGL AMZN` (or POST /api/companies) and the next run collects their filings.",
            verdicts[6].Explanation);
        Assert.All(verdicts.Where(v => v.Verdict == Verdicts.NotApplicable), v => Assert.Empty(v.Evidence));
    }

    [Fact]
    public void InvalidEntry_IsListedWithItsIdAndProblem()
    {
        var verdict = ClaimEvaluator.InvalidEntry("claim 2 (no-text): text is required (the claim, paraphrased)");

        Assert.Equal(("no-text", Verdicts.Invalid, "claim 2 (no-text): text is required (the claim, paraphrased)"), (verdict.Id, verdict.Verdict, verdict.Explanation));
        Assert.Null(verdict.Check);
        Assert.Equal("claims-file", ClaimEvaluator.InvalidEntry("Claims file 'x.json' not found.").Id);
    }

    [Fact]
    public void Parse_MisspeltField_FailsNamingItRatherThanDefaultingIt()
    {
        const string json = """{ "claims": [ { "id": "c1", "check": { "kind": "layoffs", "tolerance": 5 } } ] }""";

        var error = Assert.Throws<InvalidOperationException>(() => ClaimsFile.Parse(json, "test.json"));

        Assert.Contains("tolerance", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Claims file 'test.json' is not valid at $.claims[0].check", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_SaysWhichSettingToSet()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ClaimsFile.Load("/nonexistent/claims.json"));

        Assert.Contains("Set Claims:File", error.Message, StringComparison.Ordinal);
    }
}
