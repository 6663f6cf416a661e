using System.Text;
using IndustryTracker.Core.Exports;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Exports;

/// <summary>docs/data-dictionary.md is the schema's rendering, committed; INDUSTRYTRACKER_REGENERATE=1 rewrites it.</summary>
public sealed class DataDictionaryTests
{
    private static readonly string CommittedPath = Path.Combine(Fixtures.RepoRoot, DataDictionary.RelativePath);

    [Fact]
    public void CommittedDictionary_Always_IsWhatTheSchemaRenders()
    {
        var rendered = DataDictionary.Render();

        var committed = Encoding.UTF8.GetString(Regenerate.CommittedOrRewrite(CommittedPath, Encoding.UTF8.GetBytes(rendered)));

        Assert.True(committed == rendered, $"{DataDictionary.RelativePath} differs from what the export schema renders: rerun the tests with INDUSTRYTRACKER_REGENERATE=1 and commit the result.");
    }

    [Fact]
    public void Render_EveryDataset_ListsEachColumnWithTypeUnitAndDescription()
    {
        var rendered = DataDictionary.Render();

        foreach (var dataset in ExportDatasets.All)
        {
            Assert.Contains($"\n## {dataset.Name}\n", rendered, StringComparison.Ordinal);
            Assert.Contains($"Newest source date: {dataset.NewestSourceDateRule}\n", rendered, StringComparison.Ordinal);
        }

        Assert.Contains("| `workers` | integer | people | Workers affected, as the notice states. |\n", rendered, StringComparison.Ordinal);
        Assert.Contains("| `received` | date |  | Date the state received the notice. |\n", rendered, StringComparison.Ordinal);
        Assert.Equal(ExportDatasets.All.Sum(d => d.Columns.Count), rendered.Split('\n').Count(l => l.StartsWith("| `", StringComparison.Ordinal)));
    }

    [Fact]
    public void Schema_Always_HasUniqueDescribedColumns()
    {
        Assert.Equal(["benchmarks", "layoffs", "warn", "headcount", "financials"], ExportDatasets.All.Select(d => d.Name));
        Assert.All(ExportDatasets.All, d => Assert.Equal(d.Columns.Count, d.Columns.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count()));
        Assert.All(ExportDatasets.All.SelectMany(d => d.Columns), c => Assert.False(string.IsNullOrWhiteSpace(c.Description), c.Name));
        Assert.All(ExportDatasets.All.SelectMany(d => d.Columns).Where(c => c.Type is ColumnType.Integer or ColumnType.Decimal), c => Assert.NotEqual("", c.Unit));
    }
}
