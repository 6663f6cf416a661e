using AngleSharp.Html.Dom;
using IndustryTracker.Core.Documents;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Sec;

/// <summary>The recorded SEC filings, by URL, and a parse of each that the tests of one class share.</summary>
internal static class SecFixtureDocuments
{
    public const string Meta10K = "https://www.sec.gov/Archives/edgar/data/1326801/000132680124000012/meta-20231231.htm";
    public const string Meta10Q = "https://www.sec.gov/Archives/edgar/data/1326801/000132680123000093/meta-20230630.htm";
    public const string Facebook10Q2019 = "https://www.sec.gov/Archives/edgar/data/1326801/000132680119000037/fb-03312019x10q.htm";
    public const string Meta8K = "https://www.sec.gov/Archives/edgar/data/1326801/000162828025058337/meta-20251219.htm";
    public const string Alphabet10K = "https://www.sec.gov/Archives/edgar/data/1652044/000165204424000022/goog-20231231.htm";
    public const string Alphabet10QQ2 = "https://www.sec.gov/Archives/edgar/data/1652044/000165204423000070/goog-20230630.htm";
    public const string Alphabet10QQ3 = "https://www.sec.gov/Archives/edgar/data/1652044/000165204423000094/goog-20230930.htm";
    public const string Amazon10K = "https://www.sec.gov/Archives/edgar/data/1018724/000101872424000008/amzn-20231231.htm";
    public const string Amazon10Q = "https://www.sec.gov/Archives/edgar/data/1018724/000101872423000012/amzn-20230630.htm";
    public const string AlphabetCompanyFacts = "https://data.sec.gov/api/xbrl/companyfacts/CIK0001652044.json";

    public static IHtmlDocument Load(string url)
    {
        using var stream = Fixtures.Open(url);
        return HtmlDocuments.Parse(stream);
    }
}
