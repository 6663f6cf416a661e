using System.Text.Json;
using IndustryTracker.Core.Evaluation;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Evaluation;

/// <summary>
/// The shipped expected file (eval/expected-shared-fixtures.json, values read from the documents) scored against one
/// replay cycle over ../shared/fixtures/replay: in process on the shared ingested store, and through `tracker eval`.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class EvaluationReplayTests(AzuriteFixture azurite)
{
    private static string ExpectedFile => Path.Combine(Fixtures.RepoRoot, "eval", "expected-shared-fixtures.json");

    [Fact]
    public async Task EvaluateAsync_SharedReplay_ExactScorePerKind()
    {
        var report = await EvaluateAsync(ExpectedValues.Load(ExpectedFile));

        Assert.Equal(new EvaluationScore("headcount", 8, 0, 0, 0), report["headcount"]);
        Assert.Equal(new EvaluationScore("revenue", 10, 0, 1, 0), report["revenue"]);
        Assert.Equal(new EvaluationScore("reductions", 3, 0, 0, 0), report["reductions"]);
        // The one miss: the Facebook Q1 2019 10-Q predates inline XBRL, and its income statement is not read as text.
        var missed = Assert.Single(report.Items, i => i.Outcome == EvaluationOutcome.Missed);
        Assert.Equal(("revenue", "META", "2019-01-01..2019-03-31", "15,077,000,000", (string?)null), (missed.Kind, missed.Company, missed.When, missed.Expected, missed.Got));
        var google = Assert.Single(report.Items, i => i.Kind == "reductions" && i.Company == "GOOGL");
        Assert.Equal(("charges $2,100,000,000", "2023-01: count none, charges $2,100,000,000"), (google.Expected, google.Got));
    }

    [Fact]
    public async Task EvaluateAsync_DeliberatelyWrongValues_ReportedAsWrongWithWhatWasStored()
    {
        var shipped = ExpectedValues.Load(ExpectedFile);
        var expected = shipped with
        {
            Headcount = [shipped.Headcount[0] with { Employees = 67_318 }],
            Revenue = [shipped.Revenue[0] with { Value = 134_903_000_000m }],
            Reductions = [shipped.Reductions[1] with { Count = 21_000 }],
        };

        var report = await EvaluateAsync(expected);

        Assert.Equal(new EvaluationScore("headcount", 0, 1, 0, 0), report["headcount"]);
        Assert.Equal(new EvaluationScore("revenue", 0, 1, 0, 0), report["revenue"]);
        // The two rounds not named any more are listed as unexpected, not scored.
        Assert.Equal(new EvaluationScore("reductions", 0, 1, 0, 2), report["reductions"]);
        var headcount = Assert.Single(report.Items, i => i.Kind == "headcount");
        Assert.Equal(("META", "2023-12-31", "67,318", "67,317"), (headcount.Company, headcount.When, headcount.Expected, headcount.Got));
        Assert.Equal("10-K https://www.sec.gov/Archives/edgar/data/1326801/000132680124000012/meta-20231231.htm", headcount.GotSource);
        var reduction = Assert.Single(report.Items, i => i.Kind == "reductions" && i.Outcome == EvaluationOutcome.Wrong);
        Assert.Equal(("count 21,000", "2023-03: count 10,000, charges $1,200,000,000"), (reduction.Expected, reduction.Got));
        Assert.Equal(["GOOGL 2023-01", "META 2022-11"], report.Items.Where(i => i.Outcome == EvaluationOutcome.Unexpected).Select(i => $"{i.Company} {i.When}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TrackerEval_SharedReplay_PrintsTheScoreFromItsOwnFreshStore()
    {
        // No storage in the environment: the command starts an in-memory Azurite of its own.
        var result = await TrackerProcess.RunAsync(["eval", "--replay", Fixtures.Replay, "--expected", ExpectedFile, "--format", "json"]);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var root = JsonDocument.Parse(result.Stdout).RootElement;
        var scores = root.GetProperty("scores").EnumerateArray()
            .Select(s => $"{s.GetProperty("kind").GetString()} {s.GetProperty("found").GetInt32()}/{s.GetProperty("wrong").GetInt32()}/{s.GetProperty("missed").GetInt32()}/{s.GetProperty("unexpected").GetInt32()}");
        Assert.Equal(["headcount 8/0/0/0", "revenue 10/0/1/0", "reductions 3/0/0/0"], scores);
        Assert.Equal(22, root.GetProperty("items").GetArrayLength());
        Assert.Equal("missed", root.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("when").GetString() == "2019-01-01..2019-03-31").GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task TrackerEval_WithoutReplay_ExitsWithConfigurationError()
    {
        var result = await TrackerProcess.RunAsync(["eval", "--expected", ExpectedFile]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("tracker eval needs --replay DIR", result.Stderr, StringComparison.Ordinal);
    }

    private async Task<EvaluationReport> EvaluateAsync(ExpectedValues expected)
    {
        var store = await azurite.IngestedAsync();
        await using var host = await TrackerTestHost.StartAsync(store.CopySettings());
        return await host.Get<Evaluator>().EvaluateAsync(expected, CancellationToken.None);
    }
}
