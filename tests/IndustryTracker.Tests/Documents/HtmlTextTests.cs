using IndustryTracker.Core.Documents;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Documents;

public class HtmlTextTests
{
    private const string Meta10K =
        "https://www.sec.gov/Archives/edgar/data/1326801/000132680124000012/meta-20231231.htm";

    private static string Extract(string html) => HtmlText.Extract(HtmlDocuments.Parse(html));

    [Theory]
    [InlineData("<p>One</p><p>Two</p>", "One\nTwo")]
    [InlineData("<div>One<div>Two</div>Three</div>", "One\nTwo\nThree")]
    [InlineData("<p>a<br>b</p>", "a\nb")]
    [InlineData("<h2>Title</h2><ul><li>x</li><li>y</li></ul>", "Title\nx\ny")]
    [InlineData("<table><tr><td>•</td><td>Headcount was 1.</td></tr><tr><td>z</td></tr></table>", "•\nHeadcount was 1.\nz")]
    public void Extract_BlockElements_BreakLines(string html, string expected)
    {
        Assert.Equal(expected, Extract(html));
    }

    [Fact]
    public void Extract_InlineElements_DoNotBreakWords()
    {
        var html = "<p><font>Head</font><span>count</span> was <a href='#'>37,773</a>"
            + "<ix:nonfraction name='x'>&#32;as</ix:nonfraction> of</p>";

        Assert.Equal("Headcount was 37,773 as of", Extract(html));
    }

    [Fact]
    public void Extract_NonBreakingAndRepeatedSpaces_CollapseToOne()
    {
        Assert.Equal("March 31, 2019 ok", Extract("<p>  March&#160;31,&nbsp;&nbsp;\n\t2019   ok </p>"));
    }

    [Fact]
    public void Extract_HiddenInlineXbrlHeader_IsSkipped()
    {
        var html = "<div style='display:none'><ix:header><ix:hidden>HIDDEN-A</ix:hidden></ix:header></div>"
            + "<ix:header><ix:resources>HIDDEN-B</ix:resources></ix:header>"
            + "<p>Shown <span style='DISPLAY: none'>HIDDEN-C</span>text</p><script>HIDDEN-D</script>";

        var text = Extract(html);

        Assert.Equal("Shown text", text);
    }

    [Fact]
    public void Extract_RealInlineXbrl10K_KeepsSentenceAndDropsHiddenFacts()
    {
        using var stream = Fixtures.Open(Meta10K);

        var text = HtmlText.Extract(HtmlDocuments.Parse(stream));

        Assert.Contains(
            "We had a global workforce of 67,317 employees as of December 31, 2023, and we have offices in approximately 90 cities around the world.",
            text,
            StringComparison.Ordinal);

        // Context members and units live only in the hidden ix:header.
        Assert.DoesNotContain("iso4217:USD", text, StringComparison.Ordinal);
        Assert.DoesNotContain("us-gaap:CommonClassAMember", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u00A0', text);
        Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_LargestFixture_KeepsTheWholeBody()
    {
        // Speed is measured by the benchmark suite, not here; this checks nothing of the body is lost.
        using var stream = Fixtures.Open(Meta10K);
        var document = HtmlDocuments.Parse(stream);

        var text = HtmlText.Extract(document);

        Assert.Equal(486_709, text.Length);
    }

    [Fact]
    public void Extract_DeeplyNestedUnclosedFonts_KeepsEveryWordInOrder()
    {
        // Old Workiva filings leave <font> open for pages; a walk that recursed per level would overflow the stack.
        const int depth = 20_000;
        var html = "<div>" + string.Concat(Enumerable.Range(0, depth).Select(i => $"<font>w{i} ")) + "</div><p>after</p>";

        var lines = Extract(html).Split('\n');

        Assert.Equal(Enumerable.Range(0, depth).Select(i => $"w{i}"), lines[0].Split(' '));
        Assert.Equal("after", lines[^1]);
    }

    [Fact]
    public void Extract_WideBody_KeepsEverySiblingInOrder()
    {
        // Filings put thousands of blocks side by side under one parent; the walk goes by child index.
        var html = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"<div>b{i}</div>"));

        Assert.Equal(Enumerable.Range(0, 5_000).Select(i => $"b{i}"), Extract(html).Split('\n'));
    }

    [Fact]
    public void Extract_EmptyDocument_ReturnsEmpty()
    {
        Assert.Equal(string.Empty, Extract(string.Empty));
    }
}
