using IndustryTracker.Core.Statements;
using IndustryTracker.Core.Storage;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Statements;

/// <summary>Editor statements on Azurite: added, listed, reconciled into the company's events at once, refused with the field at fault, removed.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class EditorStatementsStoreTests(AzuriteFixture azurite)
{
    // CBS News, 2025-07-02, https://www.cbsnews.com/news/microsoft-layoffs-9000-workers/
    private static EditorStatementRequest Cbs(DateOnly? date = null, long? count = 9_000, string? company = "msft") => new(
        company, date ?? new DateOnly(2025, 7, 2), count, null, "https://www.cbsnews.com/news/microsoft-layoffs-9000-workers/",
        "Microsoft, a leading U.S. software company, is laying off 4% of its workforce, or about 9,000 workers, in a new round of job cuts, the company said Wednesday.",
        "CBS News", "desk@example.org");

    [Fact]
    public async Task AddListRemove_ReconciledAtOnceAndGoneWhenRemoved()
    {
        await using var host = await TrackerTestHost.StartAsync(TestStorage.Settings(azurite.ConnectionString));
        var statements = host.Get<EditorStatements>();
        var layoffs = host.Get<LayoffStore>();

        var (added, refused) = await statements.AddAsync(Cbs(), CancellationToken.None);

        Assert.Null(refused);
        Assert.Equal(("MSFT", EditorStatement.IdFor(new DateOnly(2025, 7, 2), "https://www.cbsnews.com/news/microsoft-layoffs-9000-workers/", Cbs().Quote!)), (added!.Ticker, added.Id));
        Assert.Equal([added], await statements.ListAsync("MSFT", CancellationToken.None));
        var e = Assert.Single(await layoffs.QueryAsync(["MSFT"], null, null, CancellationToken.None));
        Assert.Equal(("MSFT-2025-07-02", 9_000L, "count from an editor statement (secondary source: CBS News)"), (e.Id, e.Count, e.Basis));
        Assert.Equal(("editor", "CBS News", "desk@example.org"), (e.Sources[0].Kind, e.Sources[0].Publisher, e.Sources[0].AddedBy));

        // The same statement again replaces it: still one statement, one round.
        await statements.AddAsync(Cbs(), CancellationToken.None);
        Assert.Single(await statements.ListAsync("MSFT", CancellationToken.None));

        Assert.True(await statements.RemoveAsync("MSFT", added.Id, CancellationToken.None));
        Assert.Empty(await statements.ListAsync("MSFT", CancellationToken.None));
        Assert.Empty(await layoffs.QueryAsync(["MSFT"], null, null, CancellationToken.None));
        Assert.False(await statements.RemoveAsync("MSFT", added.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Add_ImplausibleOrIncomplete_RefusedNamingTheFieldAndNothingStored()
    {
        await using var host = await TrackerTestHost.StartAsync(TestStorage.Settings(azurite.ConnectionString));
        var statements = host.Get<EditorStatements>();
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);

        Assert.Equal("company", (await statements.AddAsync(Cbs(company: "NVDA"), CancellationToken.None)).Refused!.Value.Field);
        Assert.Equal("date", (await statements.AddAsync(Cbs(date: tomorrow), CancellationToken.None)).Refused!.Value.Field);
        Assert.Equal("count", (await statements.AddAsync(Cbs(count: null), CancellationToken.None)).Refused!.Value.Field);
        Assert.Equal("count", (await statements.AddAsync(Cbs(count: 20_000_000), CancellationToken.None)).Refused!.Value.Field);
        Assert.Equal("url", (await statements.AddAsync(Cbs() with { Url = "cbsnews.com/news" }, CancellationToken.None)).Refused!.Value.Field);
        Assert.Equal("publisher", (await statements.AddAsync(Cbs() with { Publisher = " " }, CancellationToken.None)).Refused!.Value.Field);
        Assert.Empty(await statements.ListAsync("MSFT", CancellationToken.None));
    }
}
