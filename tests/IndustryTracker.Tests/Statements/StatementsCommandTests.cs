using System.Text.Json;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Statements;

/// <summary>`tracker statements add|list|remove` as a user runs it, against the test Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StatementsCommandTests(AzuriteFixture azurite)
{
    // CBS News, 2025-07-02, https://www.cbsnews.com/news/microsoft-layoffs-9000-workers/
    private const string Url = "https://www.cbsnews.com/news/microsoft-layoffs-9000-workers/";
    private const string Quote = "Microsoft, a leading U.S. software company, is laying off 4% of its workforce, or about 9,000 workers, in a new round of job cuts, the company said Wednesday.";

    [Fact]
    public async Task AddListRemove_ThroughTheCommand()
    {
        var environment = TestStorage.Settings(azurite.ConnectionString).Where(s => s.Key != "Replay:Directory")
            .ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);

        var refused = await TrackerProcess.RunAsync(["statements", "add", "--company", "MSFT", "--date", "2999-01-01", "--count", "9000", "--url", Url, "--quote", Quote, "--publisher", "CBS News"], environment);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("Statement refused: --date 2999-01-01 is in the future.", refused.Stderr, StringComparison.Ordinal);

        var add = await TrackerProcess.RunAsync(["statements", "add", "--company", "MSFT", "--date", "2025-07-02", "--count", "9000", "--url", Url, "--quote", Quote, "--publisher", "CBS News", "--added-by", "desk@example.org", "--format", "json"], environment);
        Assert.True(add.ExitCode == 0, add.Stderr);
        var id = JsonDocument.Parse(add.Stdout).RootElement.EnumerateArray().Single().GetProperty("id").GetString()!;

        var list = await TrackerProcess.RunAsync(["statements", "list", "--company", "MSFT", "--format", "json"], environment);
        Assert.True(list.ExitCode == 0, list.Stderr);
        var row = JsonDocument.Parse(list.Stdout).RootElement.EnumerateArray().Single();
        Assert.Equal((id, "CBS News", "desk@example.org", 9000L), (row.GetProperty("id").GetString(), row.GetProperty("publisher").GetString(), row.GetProperty("addedBy").GetString(), row.GetProperty("count").GetInt64()));

        var layoffs = await TrackerProcess.RunAsync(["layoffs", "--company", "MSFT", "--format", "json"], environment);
        Assert.Contains("count from an editor statement (secondary source: CBS News)", layoffs.Stdout, StringComparison.Ordinal);

        var remove = await TrackerProcess.RunAsync(["statements", "remove", "--company", "MSFT", "--id", id], environment);
        Assert.True(remove.ExitCode == 0, remove.Stderr);
        var again = await TrackerProcess.RunAsync(["statements", "remove", "--company", "MSFT", "--id", id], environment);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains($"No editor statement '{id}' for MSFT.", again.Stderr, StringComparison.Ordinal);
    }
}
