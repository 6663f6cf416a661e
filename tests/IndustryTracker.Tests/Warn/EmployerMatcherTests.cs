using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Sources.Warn;

namespace IndustryTracker.Tests.Warn;

public sealed class EmployerMatcherTests
{
    private static readonly EmployerMatcher Matcher = new(WarnFixtures.Catalog());

    [Theory]
    [InlineData("Meta Platforms, Inc", "META", false, "Meta Platforms")]
    [InlineData("Amazon", "AMZN", false, "Amazon")]
    [InlineData("Amazon.com Services LLC", "AMZN", false, "Amazon.com Services LLC")]
    [InlineData("Google LLC", "GOOGL", false, "Google LLC")]
    [InlineData("Microsoft Corporation", "MSFT", false, "Microsoft Corporation")]
    [InlineData("MICROSOFT CORP", "MSFT", false, "Microsoft")]
    [InlineData("Facebook, Inc.", "META", false, "Facebook, Inc.")]
    [InlineData("Amazon Fresh", "AMZN", true, "Amazon")]
    [InlineData("Amazon Health Services", "AMZN", true, "Amazon")]
    [InlineData("Amazon MAK7 Facility", "AMZN", false, "Amazon")]
    [InlineData("Amazon Logistics - DLA3", "AMZN", true, "Amazon")]
    public void Match_CompanyOrUnitName_Matches(string employer, string ticker, bool subsidiary, string alias)
    {
        Assert.Equal(new EmployerMatch(ticker, subsidiary, alias), Matcher.Match(employer));
    }

    [Theory]
    [InlineData("ABM Industry Groups, LLC dba Meta")]
    [InlineData("Metaverse Cafe")]
    [InlineData("Amazonia Imports")]
    [InlineData("Staffing for Google")]
    [InlineData("Acme Services c/o Microsoft")]
    [InlineData("Acme d/b/a Amazon")]
    [InlineData("Meta Company")]
    [InlineData("SIS Inc - Facebook Site")]
    [InlineData("")]
    [InlineData("Inc.")]
    public void Match_ContractorOrLookalike_ReturnsNull(string employer)
    {
        Assert.Null(Matcher.Match(employer));
    }

    [Fact]
    public void Match_EveryFixtureEmployerContainingAnAlias_MatchesOnlyTheCompaniesOwnNotices()
    {
        string[] words = ["meta", "facebook", "google", "alphabet", "microsoft", "amazon"];
        var employers = new[] { "CA", "WA", "OR", "VA", "TX" }.SelectMany(s => WarnFixtures.ReadExport(s).Notices)
            .Concat(WarnFixtures.ReadCurrentWa().Notices).Concat(WarnFixtures.ReadEdd().Notices)
            .Select(n => n.Employer)
            .Where(e => words.Any(w => e.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var matched = employers.Select(e => (e, m: Matcher.Match(e))).Where(x => x.m is not null)
            .ToDictionary(x => x.e, x => (x.m!.Ticker, x.m.Subsidiary), StringComparer.Ordinal);

        Assert.Equal(
            new Dictionary<string, (string, bool)>(StringComparer.Ordinal)
            {
                ["Amazon Logistics - DLA3"] = ("AMZN", true),
                ["Amazon Logistics"] = ("AMZN", true),
                ["Amazon.com Services Inc. - DLA4 facility"] = ("AMZN", false),
                ["Google Inc."] = ("GOOGL", false),
                ["Google"] = ("GOOGL", false),
                ["Microsoft Corporation"] = ("MSFT", false),
                ["Microsoft and Nokia, Inc."] = ("MSFT", true),
                ["Microsoft and Nokia Inc."] = ("MSFT", true),
                ["Microsoft"] = ("MSFT", false),
                ["Microsoft - Wilsonville Facility"] = ("MSFT", false),
                ["Microsoft Wilsonville OR Facility"] = ("MSFT", false),
                ["Amazon-BWI1"] = ("AMZN", false),
                ["Amazon MAK7 Facility"] = ("AMZN", false),
                ["Amazon"] = ("AMZN", false),
                ["Amazon.com"] = ("AMZN", false),
                ["Meta Platforms, Inc"] = ("META", false),
                ["Amazon Fresh"] = ("AMZN", true),
                ["Amazon Health Services"] = ("AMZN", true),
            },
            matched);
        Assert.Equal(
            [
                "ABM Industry Groups, LLC dba Meta",
                "Anning-Johnson Company-Facebook",
                "L.A. Live Theater, LLC, DBA Microsoft Theater",
                "Meta Company",
                "Restec Contractors Inc. at Facebook 0250 29- 43",
                "Restec Contractors Inc. at Facebook FRE 114",
                "Restec Contractors Inc. at Facebook SUN101 HVAC",
                "SIS Inc - Facebook Site",
                "US Perma Inc. dba California Tile Installers at Microsoft",
                "White Glove Logistics LLC - DFA5 (Amazon Station)",
            ],
            employers.Where(e => !matched.ContainsKey(e) && !e.Contains("metal", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal));
    }
}
