using IndustryTracker.Cli.Reliability;

namespace IndustryTracker.Tests.Reliability;

public sealed class ReliabilityReportTests
{
    [Fact]
    public void Hostile_rows_get_their_own_table_in_the_issue_order()
    {
        ReliabilityObservation[] observations =
        [
            new("hostile 10: absurd headcount", "a 10-K with 9,999,999,999 employees", 1, "rejected with reason", "normalized with rejections"),
            new("poison documents", "a truncated 10-K", 6, "quarantined", "4 quarantined"),
            new("hostile 2: unresolvable host", "a name that does not resolve", 1, "fetch failure", "recorded; exit 4"),
        ];

        var markdown = ReliabilityReport.Render(observations);

        var hostileAt = markdown.IndexOf("## Hostile inputs", StringComparison.Ordinal);
        Assert.True(hostileAt > markdown.IndexOf("| poison documents | a truncated 10-K | 6 |", StringComparison.Ordinal));
        var hostile = markdown[hostileAt..];
        Assert.DoesNotContain("poison", hostile, StringComparison.Ordinal);
        var row2 = hostile.IndexOf("| 2 | a name that does not resolve | fetch failure | recorded; exit 4 |", StringComparison.Ordinal);
        var row10 = hostile.IndexOf("| 10 | a 10-K with 9,999,999,999 employees | rejected with reason | normalized with rejections |", StringComparison.Ordinal);
        Assert.True(row2 > 0 && row10 > row2, "row 2 comes before row 10 (numeric, not ordinal, order)");
        Assert.DoesNotContain("hostile 2", markdown[..hostileAt], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hostile 7: token overflow", 7)]
    [InlineData("hostile 11", 11)]
    [InlineData("hostile x: bad", null)]
    [InlineData("API fuzz", null)]
    public void Hostile_row_numbers_are_read_from_the_fault(string fault, int? expected) =>
        Assert.Equal(expected, ReliabilityReport.HostileRow(new ReliabilityObservation(fault, "", 0, "", "")));
}
