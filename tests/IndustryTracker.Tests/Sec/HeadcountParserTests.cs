using IndustryTracker.Core.Documents;
using IndustryTracker.Core.Sources.Sec.Headcount;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Sec;

/// <summary>Headcount extraction over the recorded SEC filings; synthetic phrasings are in the .Synthetic part.</summary>
public partial class HeadcountParserTests
{
    private static string TextOf(string fileName)
    {
        using var stream = Fixtures.Open(HeadcountFixtureExpectations.Urls[fileName]);
        return HtmlText.Extract(HtmlDocuments.Parse(stream));
    }

    [Theory]
    [InlineData("meta-20231231.htm")]
    [InlineData("meta-20230630.htm")]
    [InlineData("fb-03312019x10q.htm")]
    [InlineData("goog-20231231.htm")]
    [InlineData("goog-20230630.htm")]
    [InlineData("goog-20230930.htm")]
    [InlineData("amzn-20231231.htm")]
    [InlineData("amzn-20230630.htm")]
    [InlineData("meta-20251219.htm")]
    public void Parse_RecordedFiling_ReturnsExactlyTheStatedHeadcounts(string fileName)
    {
        var statements = HeadcountParser.Parse(TextOf(fileName));

        // Record equality compares date, count, approximate flag, scope and the exact sentence.
        Assert.Equal(HeadcountFixtureExpectations.Statements[fileName], statements);
    }

    [Fact]
    public void Parse_Meta10KStatingHeadcountTwice_KeepsOnlyTheFirstSentence()
    {
        var text = TextOf("meta-20231231.htm");

        // Both sentences are in the text; one fact comes out, so a time series gets one point per date.
        Assert.Contains("Headcount was 67,317 as of December 31, 2023, a decrease of 22% year-over-year.", text, StringComparison.Ordinal);
        var statement = Assert.Single(HeadcountParser.Parse(text));
        Assert.StartsWith("We had a global workforce of 67,317", statement.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Alphabet10KStatingHeadcountTwice_KeepsOnlyTheFirstSentence()
    {
        var text = TextOf("goog-20231231.htm");

        Assert.Contains("As of December 31, 2023, we had 182,502 employees.", text, StringComparison.Ordinal);
        Assert.Equal("As of December 31, 2023, Alphabet had 182,502 employees.", Assert.Single(HeadcountParser.Parse(text)).Sentence);
    }

    [Theory]
    [InlineData("meta-20231231.htm", "approximately 10,000 employees", 10_000)]
    [InlineData("meta-20231231.htm", "approximately 11,000 employees", 11_000)]
    [InlineData("meta-20230630.htm", "approximately 10,000 employees", 10_000)]
    [InlineData("amzn-20231231.htm", "Over 175,000 Amazon employees", 175_000)]
    public void Parse_LayoffOrProgrammeCountsInFiling_AreNotHeadcounts(string fileName, string phrase, long count)
    {
        var text = TextOf(fileName);

        Assert.Contains(phrase, text, StringComparison.Ordinal);
        Assert.DoesNotContain(count, HeadcountParser.Parse(text).Select(s => s.Employees));
    }
}
