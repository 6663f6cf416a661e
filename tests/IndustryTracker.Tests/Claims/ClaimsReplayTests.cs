using IndustryTracker.Core.Claims;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Claims;

/// <summary>
/// The seeds' claims judged on a replay run: first on the recorded corpus alone (filings and WARN exports, no company
/// letters), then with the newsroom overlay written for the tests (the companies' letters), through AddClaims.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ClaimsReplayTests(AzuriteFixture azurite)
{
    private const string Meta10K = "0001326801-24-000012";
    private const string Meta10Q = "0001326801-23-000093";

    [Fact]
    public async Task EvaluateAsync_CorpusOnly_FilingsDecideWhatTheyStateAndNoMore()
    {
        var store = await azurite.IngestedAsync();
        await using var host = await ClaimsHost.StartAsync(store.Settings);

        var verdicts = (await host.Claims.EvaluateAsync(CancellationToken.None)).ToDictionary(v => v.Id);

        AssertCommon(verdicts);

        // Meta: the 10-K's ~11,000 of 2022 (narrowed to November 2022 by the 10-K's "Beginning in November 2022, …")
        // and the 10-Q's ~10,000 of March 2023.
        var meta = verdicts["meta-layoffs-21000-2023"];
        Assert.Equal(Verdicts.PartlySupported, meta.Verdict);
        Assert.Contains("META-2022-11-01 was announced 2022-11, before the claimed period starts", meta.Explanation, StringComparison.Ordinal);
        Assert.Equal([("2022-11", 11_000m), ("2023-03", 10_000m)], meta.Evidence.Where(e => e.Role == EvidenceRoles.Supports).Select(e => (e.Date!, e.Value!.Value)));
        Assert.All(meta.Evidence.Where(e => e.Role == EvidenceRoles.Supports).SelectMany(e => e.Sources), s => Assert.Contains(s.Accession, new[] { Meta10K, Meta10Q }));

        // Alphabet: the 10-K dates the reduction and its $2.1 billion severance but states no count.
        var google = verdicts["google-layoffs-12000-early-2023"];
        Assert.Equal(Verdicts.PartlySupported, google.Verdict);
        Assert.Contains("no count stated (charges $2.1 billion)", google.Explanation, StringComparison.Ordinal);
        Assert.Contains("no stored statement states how many jobs", google.Explanation, StringComparison.Ordinal);
        Assert.Contains(google.Evidence.Single().Sources, s => s.Accession == "0001652044-24-000022" && s.Quote.StartsWith("In January 2023, we announced a reduction of our workforce", StringComparison.Ordinal));

        // Microsoft and Amazon: only Washington WARN notices — evidence of a reduction, never its count.
        var microsoft = verdicts["microsoft-layoffs-10000"];
        Assert.Equal(Verdicts.PartlySupported, microsoft.Verdict);
        Assert.Contains("WARN notices in WA record 2,743 workers", microsoft.Explanation, StringComparison.Ordinal);
        Assert.Contains("0001193125-23-009934", microsoft.Explanation, StringComparison.Ordinal);
        Assert.All(microsoft.Evidence, e => Assert.Equal(EvidenceRoles.Context, e.Role));
        var amazon = verdicts["amazon-layoffs-27000"];
        Assert.Equal(Verdicts.PartlySupported, amazon.Verdict);
        Assert.Equal(2_320m, amazon.Evidence.Single().Value);
    }

    [Fact]
    public async Task EvaluateAsync_CorpusWithNewsroomOverlay_LettersSettleTheCounts()
    {
        using var overlay = new NewsroomOverlay();
        var settings = TestStorage.Settings(azurite.ConnectionString);
        settings["Replay:Directory"] = overlay.ReplayDirectories;
        await using (var ingest = await TrackerTestHost.StartAsync(settings))
        {
            await ingest.Get<IngestCycle>().RunAsync(null, null, null, CancellationToken.None);
        }

        await using var host = await ClaimsHost.StartAsync(settings);
        var verdicts = (await host.Claims.EvaluateAsync(CancellationToken.None)).ToDictionary(v => v.Id);

        AssertCommon(verdicts);

        // Meta: the total and the two rounds hold, but the first round was announced in November 2022.
        var meta = verdicts["meta-layoffs-21000-2023"];
        Assert.Equal(Verdicts.PartlySupported, meta.Verdict);
        Assert.Contains("about 11,000 (META-2022-11-09, announced 2022-11-09) + about 10,000 (META-2023-03-14, announced 2023-03-14) = 21,000, 2 rounds", meta.Explanation, StringComparison.Ordinal);
        Assert.Contains("META-2022-11-09 was announced 2022-11-09, before the claimed period starts (2023-01-01)", meta.Explanation, StringComparison.Ordinal);

        // Alphabet: the letter's 12,000, with the 10-K's severance beside it.
        var google = verdicts["google-layoffs-12000-early-2023"];
        Assert.Equal(Verdicts.Supported, google.Verdict);
        var googleRound = google.Evidence.Single();
        Assert.Equal((EvidenceRoles.Supports, 12_000m, "2023-01-20"), (googleRound.Role, googleRound.Value, googleRound.Date));
        Assert.Contains(googleRound.Sources, s => s.Kind == "newsroom-article" && s.Quote == "We've decided to reduce our workforce by approximately 12,000 roles.");
        Assert.Contains("$2.1 billion", google.Explanation, StringComparison.Ordinal);

        // Microsoft: the 2023-01-18 statement's 10,000; the attached Washington notices are context, not the count.
        var microsoft = verdicts["microsoft-layoffs-10000"];
        Assert.Equal(Verdicts.Supported, microsoft.Verdict);
        var statement = microsoft.Evidence.Single(e => e.Role == EvidenceRoles.Supports);
        Assert.Equal(10_000m, statement.Value);
        Assert.StartsWith("we will be making changes that will result in the reduction of our overall workforce by 10,000 jobs", statement.Sources.Single().Quote, StringComparison.Ordinal);
        Assert.Equal(2_901m, microsoft.Evidence.Where(e => e.Role == EvidenceRoles.Context).Sum(e => e.Value));
        Assert.Contains("2,901 workers: evidence beside the count, not part of it", microsoft.Explanation, StringComparison.Ordinal);

        // Amazon: just over 18,000 (January, including November 2022's cuts) + about 9,000 (March) = 27,000.
        var amazon = verdicts["amazon-layoffs-27000"];
        Assert.Equal(Verdicts.Supported, amazon.Verdict);
        Assert.Contains("just over 18,000 (AMZN-2023-01-04, announced 2023-01-04) + about 9,000 (AMZN-2023-03-20, announced 2023-03-20) = 27,000", amazon.Explanation, StringComparison.Ordinal);
        Assert.Contains("includes its November 2022 cuts", amazon.Note, StringComparison.Ordinal);
    }

    /// <summary>What the overlay does not change: headcount is from filings only, and no letter states one.</summary>
    private static void AssertCommon(Dictionary<string, ClaimVerdict> verdicts)
    {
        Assert.Equal(7, verdicts.Count);
        Assert.All(verdicts.Values, v => Assert.StartsWith("shared/context/analysis-meta-ai-layoffs.txt", v.PublishedIn!.Source, StringComparison.Ordinal));

        // 78,000: the FY2023 10-K's 67,317 is the only stored count in the analysis's period; nothing stored is near 78,000.
        var employees = verdicts["meta-headcount-78000"];
        Assert.Equal(Verdicts.Contradicted, employees.Verdict);
        Assert.Equal([(EvidenceRoles.Contradicts, 67_317m, Meta10K), (EvidenceRoles.Context, 71_469m, Meta10Q)], employees.Evidence.Select(e => (e.Role, e.Value!.Value, e.Sources.Single().Accession!)));
        Assert.StartsWith("We had a global workforce of 67,317 employees as of December 31, 2023", employees.Evidence[0].Sources.Single().Quote, StringComparison.Ordinal);
        Assert.Contains("No headcount after 2023-12-31 is stored", employees.Explanation, StringComparison.Ordinal);

        // 60,000–65,000 by the end of 2025: no headcount as of 2025-12-31 or later is stored.
        var target = verdicts["meta-headcount-60000-65000-by-2025"];
        Assert.Equal(Verdicts.Pending, target.Verdict);
        Assert.Equal((EvidenceRoles.Context, 67_317m), (target.Evidence.Single().Role, target.Evidence.Single().Value));

        // 2–5× output: not in any filing; revenue per employee is what is measured (FY2023, end-of-year headcount).
        var output = verdicts["ai-output-2-5x"];
        Assert.Equal(Verdicts.NotCheckable, output.Verdict);
        Assert.Equal(
            [("META FY2023", Math.Round(134_902_000_000m / 67_317m)), ("GOOGL FY2023", Math.Round(307_394_000_000m / 182_502m)), ("AMZN FY2023", Math.Round(574_785_000_000m / 1_525_000m))],
            output.Evidence.Select(e => (string.Join(' ', e.What.Split(' ').Take(2)), e.Value!.Value)));
        Assert.All(output.Evidence, e => Assert.Equal(2, e.Sources.Count));
    }
}
