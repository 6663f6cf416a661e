using IndustryTracker.Core.Storage;

namespace IndustryTracker.Tests.Storage;

public sealed class TableKeysTests
{
    [Theory]
    [InlineData("filing:0001326801-24-000012:meta-20231231.htm", "filing:0001326801-24-000012:meta-20231231.htm")]
    [InlineData("a/b\\c#d?e", "a%2Fb%5Cc%23d%3Fe")]
    [InlineData("100%", "100%25")]
    [InlineData("tab\there", "tab%09here")]
    public void Escape_ForbiddenCharacters_ArePercentEncoded(string input, string expected) =>
        Assert.Equal(expected, TableKeys.Escape(input));

    [Fact]
    public void Escape_DistinctInputs_StayDistinct()
    {
        // "%2F" literally and "/" must not collide once escaped.
        Assert.NotEqual(TableKeys.Escape("%2F"), TableKeys.Escape("/"));
    }
}
