using IndustryTracker.Core.Documents;

namespace IndustryTracker.Tests.Documents;

public class SentencesTests
{
    [Theory]
    [InlineData("Revenue was $1.5 billion. Costs rose.", "Revenue was $1.5 billion.|Costs rose.")]
    [InlineData("See Note No. 5 for details. Then more.", "See Note No. 5 for details.|Then more.")]
    [InlineData("We employed approx. 1,000 people. Then more.", "We employed approx. 1,000 people.|Then more.")]
    [InlineData("Our U.S. Operations grew. Then more.", "Our U.S. Operations grew.|Then more.")]
    [InlineData("Meta Platforms, Inc. Board members met. Then more.", "Meta Platforms, Inc. Board members met.|Then more.")]
    [InlineData("As of Dec. 31, 2023, we had 5 employees. Then more.", "As of Dec. 31, 2023, we had 5 employees.|Then more.")]
    [InlineData("Did it grow? Yes! It did.", "Did it grow?|Yes!|It did.")]
    [InlineData("He said “Yes.” Then left.", "He said “Yes.”|Then left.")]
    [InlineData("Visit Amazon.com for details. Then more.", "Visit Amazon.com for details.|Then more.")]
    [InlineData("Heading\nBody text. Next one", "Heading|Body text.|Next one")]
    public void Ranges_Text_SplitsOnSentenceEndsOnly(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Sentences.Ranges(text).Select(r => r.Of(text)));
    }

    [Fact]
    public void Ranges_BlankLines_YieldNothing()
    {
        Assert.Empty(Sentences.Ranges("\n  \n"));
    }

    [Fact]
    public void Ranges_MultiLineText_MarkEachLinesFirstSentenceAndCoverTheTrimmedText()
    {
        const string text = "  Heading \nWe cut 10,000 roles. This follows the first round.\n\nOne more.";

        var ranges = Sentences.Ranges(text).ToList();

        Assert.Equal(["Heading", "We cut 10,000 roles.", "This follows the first round.", "One more."], ranges.Select(r => r.Of(text)));
        Assert.Equal([true, true, false, true], ranges.Select(r => r.StartsLine));
        Assert.Equal(2, ranges[0].Start);
    }
}
