using System.Text;
using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Exports;

namespace IndustryTracker.Tests.Exports;

public sealed class BenchmarkCsvTests
{
    [Fact]
    public void Write_TextStartingWithFormulaCharacters_IsNeutralisedButNumbersStayNumbers()
    {
        var hostile = new Citation("sec-filing", "https://example.test/a.htm", "0000000000-00-000000", "10-K", "x");
        var metrics = BenchmarkMetrics.All.ToDictionary(m => m, m => MetricCell.Missing("USD", "=HYPERLINK(\"http://evil\")"));
        metrics[BenchmarkMetrics.NetIncome] = new MetricCell(-2_722_000_000m, "USD", "@SUM(A1)", [hostile]);
        var row = new BenchmarkRow("+T", 2022, new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), null, "-cmd|' /C calc'!A0", null, metrics);

        var text = Encoding.UTF8.GetString(BenchmarkCsv.Write([row]));

        Assert.Contains("\"'+T\"", text, StringComparison.Ordinal);
        Assert.Contains("'-cmd|", text, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", text, StringComparison.Ordinal);
        Assert.Contains("'@SUM(A1)", text, StringComparison.Ordinal);
        Assert.Contains(",-2722000000,", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Always_HasBomHeaderAndCrlf()
    {
        var bytes = BenchmarkCsv.Write([]);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        Assert.Equal(string.Join(',', BenchmarkCsv.Header) + "\r\n", text);
        Assert.Equal(7 + (3 * BenchmarkMetrics.All.Count), BenchmarkCsv.Header.Count);
    }

    [Fact]
    public void SourcesColumn_RepeatedAndFormlessCitations_WritesEachOnceWithoutLeadingBlanks()
    {
        var filing = new Citation("sec-filing", "https://www.sec.gov/a.htm", "0001326801-24-000012", "10-K", "we had 67,317 employees — as of December 31, 2023");
        var facts = new Citation("sec-companyfacts", "https://data.sec.gov/facts.json", "", "", "us-gaap:Revenues");
        var metrics = BenchmarkMetrics.All.ToDictionary(m => m, m => MetricCell.Missing("USD", "not stated"));
        metrics[BenchmarkMetrics.Revenue] = new MetricCell(134_902_000_000m, "USD", null, [filing, facts, filing]);
        var row = new BenchmarkRow("META", 2023, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), null, null, null, metrics);
        var column = BenchmarkCsv.Dataset.Columns.Single(c => c.Name == BenchmarkMetrics.Revenue + "Sources");

        var cell = column.TextOf(row);
        var text = Encoding.UTF8.GetString(BenchmarkCsv.Write([row]));

        Assert.Equal("10-K 0001326801-24-000012 https://www.sec.gov/a.htm \"we had 67,317 employees — as of December 31, 2023\" | https://data.sec.gov/facts.json \"us-gaap:Revenues\"", cell);
        Assert.Contains("\"" + cell!.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", text, StringComparison.Ordinal);
    }
}
