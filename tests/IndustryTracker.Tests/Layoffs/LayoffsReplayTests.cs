using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Layoffs;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Storage;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Layoffs;

/// <summary>
/// A full replay cycle over the recorded corpus plus the newsroom overlay written for the tests: statements from
/// filings and newsroom letters, WARN notices from the Washington export, reconciled into events.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LayoffsReplayTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Cycle_CorpusWithNewsroomOverlay_ReconcilesEachCompanysRounds()
    {
        using var overlay = new NewsroomOverlay();
        var settings = TestStorage.Settings(azurite.ConnectionString);
        settings["Replay:Directory"] = overlay.ReplayDirectories;
        await using var host = await TrackerTestHost.StartAsync(settings);

        var summary = await host.Get<IngestCycle>().RunAsync(null, null, null, CancellationToken.None);

        Assert.Equal(6, summary.Sources.Single(s => s.Source == "newsroom").NewDocuments);
        var events = (await host.Get<LayoffStore>().QueryAsync(["META", "GOOGL", "MSFT", "AMZN"], null, null, CancellationToken.None)).ToDictionary(e => e.Id);

        // Microsoft: the letter's 10,000 (through the end of FY23 Q3), with the Washington notices received within 120 days.
        var msft = events["MSFT-2023-01-18"];
        Assert.Equal((10_000L, "Exact", "through the end of FY23 Q3"), (msft.Count, msft.CountQualifier, msft.TimeFrame));
        Assert.Equal([("2023-01-18", 878), ("2023-02-09", 617), ("2023-03-06", 689), ("2023-03-27", 559), ("2023-05-09", 158)], msft.Warn.Select(w => (w.Received!, w.Workers ?? 0)));
        Assert.Equal(2_901, msft.WarnWorkers);
        Assert.Equal(22L, events["MSFT-warn-2023-06-05"].Count);
        Assert.Equal(276L, events["MSFT-warn-2023-07-10"].Count);

        // Meta: the November 2022 round is the 10-K, the 10-Q and the letter; Bellevue and Seattle notices attach.
        var meta2022 = events["META-2022-11-09"];
        Assert.Equal((11_000L, "Approximate", 13m), (meta2022.Count, meta2022.CountQualifier, meta2022.PercentOfWorkforce));
        Assert.Equal("count from a filing statement", meta2022.Basis);
        Assert.Equal(["newsroom-article", "sec-filing", "sec-filing"], meta2022.Sources.Select(s => s.Kind).Order(StringComparer.Ordinal));
        Assert.Equal([("Bellevue", 307), ("Seattle", 419)], meta2022.Warn.Select(w => (w.Site!, w.Workers ?? 0)).Order());
        var meta2023 = events["META-2023-03-14"];
        Assert.Equal((10_000L, 1_200_000_000m), (meta2023.Count, meta2023.ChargesUsd));
        Assert.DoesNotContain(events.Values, e => e.Ticker == "META" && e.Count == 5_000);

        // Alphabet: the letter's 12,000 with the 10-K's $2.1 billion severance for the January 2023 reduction.
        var googl = events["GOOGL-2023-01-20"];
        Assert.Equal((12_000L, 2_100_000_000m), (googl.Count, googl.ChargesUsd));

        // Amazon: two rounds in 2023; the 10-K's 2022 severance charge lands on neither.
        Assert.Equal((18_000L, "JustOver"), (events["AMZN-2023-01-04"].Count, events["AMZN-2023-01-04"].CountQualifier));
        Assert.Equal((9_000L, "in the next few weeks"), (events["AMZN-2023-03-20"].Count, events["AMZN-2023-03-20"].TimeFrame));
        Assert.All(events.Values.Where(e => e.Ticker == "AMZN"), e => Assert.Null(e.ChargesUsd));

        // Counts are never WARN sums on top of statements; every announced event cites its documents.
        Assert.All(events.Values.Where(e => !e.Id.Contains("-warn-", StringComparison.Ordinal)), e => Assert.NotEmpty(e.Sources));
        Assert.All(events.Values.Where(e => e.Id.Contains("-warn-", StringComparison.Ordinal)), e => Assert.Equal(e.WarnWorkers, e.Count));

        // Benchmarks: Meta FY2023 announced 10,000 in one round.
        var meta = (await host.Get<BenchmarkStore>().QueryAsync(["META"], 2022, 2023, CancellationToken.None)).ToDictionary(r => r.FiscalYear);
        Assert.Equal((10_000m, 1m), (meta[2023].Metrics[BenchmarkMetrics.LayoffsAnnounced].Value, meta[2023].Metrics[BenchmarkMetrics.LayoffRounds].Value));
        Assert.Equal(11_000m, meta[2022].Metrics[BenchmarkMetrics.LayoffsAnnounced].Value);
        Assert.Contains("needs headcount at the start", meta[2023].Metrics[BenchmarkMetrics.LayoffsPctOfWorkforce].Note, StringComparison.Ordinal);

        // Reconciling again over the same facts gives the same events.
        var again = LayoffReconciler.Reconcile(
            "MSFT",
            (await host.Get<FactReader>().StatementsAsync("MSFT", CancellationToken.None)).Select(s => s.ToEvidence()),
            (await host.Get<FactReader>().WarnAsync("MSFT", CancellationToken.None)).Select(w => w.ToEvidence()));
        Assert.Equal(events.Values.Where(e => e.Ticker == "MSFT").Select(e => e.Id).Order(StringComparer.Ordinal), again.Select(e => e.Id).Order(StringComparer.Ordinal));

        // Exports: layoffs and WARN datasets next to benchmarks.
        Assert.Equal(events.Count, summary.Export["layoffs"].Rows);
        // Every notice of both files is kept, matched or not: 38 Washington rows and 99 EDD rows, none the same notice.
        Assert.Equal(38 + 99, summary.Export["warn"].Rows);
    }
}
