using System.Globalization;
using IndustryTracker.Core.Sources.Newsroom;

namespace IndustryTracker.Tests.Newsroom;

public sealed class RssDateTests
{
    [Theory]
    [InlineData("Wed, 09 Nov 2022 13:00:00 GMT", "2022-11-09T13:00:00+00:00")]
    [InlineData("Wed, 09 Nov 2022 13:00:00 +0000", "2022-11-09T13:00:00+00:00")]
    [InlineData("Wed, 09 Nov 2022 13:00:00 UT", "2022-11-09T13:00:00+00:00")]
    [InlineData("Wed, 09 Nov 2022 13:00:00 Z", "2022-11-09T13:00:00+00:00")]
    [InlineData("Wed, 04 Jan 2023 17:30:00 EST", "2023-01-04T17:30:00-05:00")]
    [InlineData("Tue, 14 Mar 2023 09:05:00 PDT", "2023-03-14T09:05:00-07:00")]
    [InlineData("Tue, 14 Mar 2023 09:05 -0700", "2023-03-14T09:05:00-07:00")]
    [InlineData("Tue, 14 Mar 2023 09:05:30 -700", "2023-03-14T09:05:30-07:00")]
    [InlineData("Fri, 20 Jan 2023 19:30:00 +05:30", "2023-01-20T19:30:00+05:30")]
    [InlineData("14 Mar 2023 09:05:00 GMT", "2023-03-14T09:05:00+00:00")]
    [InlineData("Tue, 4 Apr 2023 9:05:00 GMT", "2023-04-04T09:05:00+00:00")]
    [InlineData("Mon, 14 Mar 2023 09:05:00 GMT", "2023-03-14T09:05:00+00:00")]
    [InlineData("Tue, 14 March 2023 09:05:00 GMT", "2023-03-14T09:05:00+00:00")]
    [InlineData("Tue, 14 Mar 23 09:05:00 GMT", "2023-03-14T09:05:00+00:00")]
    [InlineData("Tue, 14 Mar 2023 09:05:00", "2023-03-14T09:05:00+00:00")]
    [InlineData("  Tue,  14 Mar 2023   09:05:00 gmt ", "2023-03-14T09:05:00+00:00")]
    [InlineData("2023-03-14T09:05:00-07:00", "2023-03-14T09:05:00-07:00")]
    [InlineData("2023-03-14T16:05:00.250Z", "2023-03-14T16:05:00.250+00:00")]
    public void TryParse_RealWorldVariant_ReadsInstantAndOffset(string text, string expected)
    {
        var expectedValue = DateTimeOffset.ParseExact(expected, "yyyy-MM-dd'T'HH:mm:ss.FFFzzz", CultureInfo.InvariantCulture);

        Assert.True(RssDate.TryParse(text, out var value));
        Assert.Equal(expectedValue, value);
        Assert.Equal(expectedValue.Offset, value.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sometime last week")]
    [InlineData("Tue, 14 Mar 2023")]
    [InlineData("Tue, 14 Mar 2023 09:05:00 XYZ")]
    [InlineData("Tue, 14 Mar 2023 09:05:00 +1500")]
    [InlineData("Tue, 14 Mar 2023 09:05:00 +0075")]
    [InlineData("Tue, 31 Feb 2023 09:05:00 GMT")]
    [InlineData("Di, 14 Mär 2023 09:05:00 GMT")]
    [InlineData("Tue, 14 Mar 2023 09:05:00 GMT (extra)")]
    public void TryParse_Unreadable_ReturnsFalse(string? text)
    {
        Assert.False(RssDate.TryParse(text, out var value));
        Assert.Equal(default, value);
    }

    [Fact]
    public void TryParse_UnderAnotherCurrentCulture_ReadsTheSame()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            Assert.True(RssDate.TryParse("Wed, 09 Nov 2022 13:00:00 GMT", out var value));
            Assert.Equal(new DateTimeOffset(2022, 11, 9, 13, 0, 0, TimeSpan.Zero), value);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
