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

    [Fact]
    public void Escape_KeyAtTheLimit_IsUnchanged()
    {
        var value = "article:" + new string('x', TableKeys.MaxLength - "article:".Length);

        Assert.Equal(value, TableKeys.Escape(value));
    }

    [Fact]
    public void Escape_OverlongUrl_IsAReadablePrefixAndTheHashOfTheWhole()
    {
        var url = "article:https://about.fb.com/news/" + new string('a', 1_100);

        var key = TableKeys.Escape(url);

        Assert.Equal(TableKeys.MaxLength, key.Length);
        Assert.StartsWith("article:https:%2F%2Fabout.fb.com%2Fnews%2Faaaa", key, StringComparison.Ordinal);
        Assert.EndsWith("~sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(url))), key, StringComparison.Ordinal);
        Assert.NotEqual(key, TableKeys.Escape(url + "b"));
    }

    [Fact]
    public void Escape_OverlongValue_NeverCutsAnEscapeInHalf()
    {
        // 327 characters before the hash suffix: the 327th is the '%' of an escape, which must not be split.
        var value = new string('x', 326) + new string('/', 200);

        var key = TableKeys.Escape(value);

        Assert.Equal(new string('x', 326) + "~sha256:", key[..334]);
    }
}
