using AngleSharp.Html.Parser;
using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Documents;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Sources.Sec.Headcount;
using IndustryTracker.Core.Sources.Sec.Xbrl;
using IndustryTracker.Core.Sources.Warn;
using IndustryTracker.Core.Storage;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Sec;

/// <summary>
/// The classes of headcount phrasing of issue 14 §1 (see docs/extraction.md), each on real filing sentences where one
/// was available; the sentences written for a test are marked SYNTHETIC.
/// </summary>
public sealed class HeadcountPhrasingTests
{
    private static readonly ReportPeriod Nvidia2024 = new(new DateOnly(2024, 1, 28), true, ReportPeriod.FromDei);

    // Microsoft 10-K for fiscal 2023 (filed 2023-07-27, accession 0000950170-23-035122,
    // https://www.sec.gov/Archives/edgar/data/789019/000095017023035122/msft-20230630.htm), Item 1 "Human Capital
    // Resources"; quoted in issue 14 and listed in ../shared/fixtures/replay's Microsoft submissions.
    private const string Microsoft2023 =
        "As of June 30, 2023, we employed approximately 221,000 people on a full-time basis, 120,000 in the U.S. and 101,000 internationally.";

    // Apple 10-K for fiscal 2023 (filed 2023-11-03, accession 0000320193-23-000106,
    // https://www.sec.gov/Archives/edgar/data/320193/000032019323000106/aapl-20230930.htm), Item 1 "Human Capital".
    private const string Apple2023 = "As of September 30, 2023, the Company had approximately 161,000 full-time equivalent employees.";

    // Target 10-K for fiscal 2012 (filed 2013-03-20, period ended February 2, 2013), Item 1 "Employees", as reproduced
    // at http://www.annualreportowl.com/Target/2012/Annual%20Report?p=20 (the 10-K is pages 17 ff. of the annual report).
    private const string Target2012 =
        "At February 2, 2013, we employed approximately 361,000 full-time, part-time and seasonal employees, referred to as ‘‘team members.’’ "
        + "During our peak sales period from Thanksgiving to the end of December, our employment levels peaked at approximately 409,000 team members.";

    // Modelled on NVIDIA's 10-K for fiscal 2024 (period ended January 28, 2024, filed 2024-02-21,
    // https://www.sec.gov/Archives/edgar/data/1045810/000104581024000029/nvda-20240128.htm), Item 1 "Human Capital Management".
    // The filing and its period are real; this wording was not checked against the document here, so treat it as
    // synthetic: what it tests is the class (a fiscal-year-end date and a functional breakdown), not NVIDIA's text.
    private const string Nvidia2024Sentence =
        "As of the end of fiscal year 2024, we had approximately 29,600 employees in 36 countries, 22,200 were engaged in research and "
        + "development and 7,400 were engaged in sales, marketing, operations, and administrative positions.";

    [Fact]
    public void Parse_MicrosoftTotalWithCountryBreakdown_StatesOneTotal()
    {
        Assert.Equal(
            [new HeadcountStatement(new DateOnly(2023, 6, 30), 221_000, true, EmployeeScope.FullTime, Microsoft2023)],
            HeadcountParser.Parse(Microsoft2023));
    }

    [Fact]
    public void Parse_AppleFullTimeEquivalentEmployees_IsFteScope()
    {
        Assert.Equal(
            [new HeadcountStatement(new DateOnly(2023, 9, 30), 161_000, true, EmployeeScope.FullTimeEquivalent, Apple2023)],
            HeadcountParser.Parse(Apple2023));
    }

    [Fact]
    public void Parse_TargetTeamMembersWithSeasonalPeak_KeepsTheDatedTotalNotThePeak()
    {
        var statement = Assert.Single(HeadcountParser.Parse(Target2012, new ReportPeriod(new DateOnly(2013, 2, 2), true, ReportPeriod.FromDei)));

        Assert.Equal((new DateOnly(2013, 2, 2), 361_000L, true, EmployeeScope.FullTimeAndPartTime, (string?)null),
            (statement.AsOf, statement.Employees, statement.Approximate, statement.Scope, statement.AsOfResolved));
        Assert.StartsWith("At February 2, 2013, we employed approximately 361,000", statement.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NvidiaEndOfFiscalYear_ResolvesToThePeriodEndAndSaysSo()
    {
        Assert.Equal(
            [new HeadcountStatement(new DateOnly(2024, 1, 28), 29_600, true, EmployeeScope.Employees, Nvidia2024Sentence,
                "fiscal year end from dei:DocumentPeriodEndDate")],
            HeadcountParser.Parse(Nvidia2024Sentence, Nvidia2024));
    }

    [Fact]
    public void Parse_NvidiaEndOfFiscalYearWithoutPeriod_IsNotGuessed()
    {
        Assert.Empty(HeadcountParser.Parse(Nvidia2024Sentence));
    }

    [Theory]
    [InlineData("At the end of our fiscal year, we had approximately 12,400 employees.")]
    [InlineData("At fiscal year-end, we employed approximately 12,400 people.")]
    [InlineData("At the end of the year, our workforce consisted of approximately 12,400 associates.")]
    [InlineData("We had approximately 12,400 team members at the end of 2023.")]
    [InlineData("As of the end of fiscal 2023, our headcount was approximately 12,400.")]
    [InlineData("As of our fiscal year end, we had approximately 12,400 employees.")]
    public void Parse_SyntheticFiscalCalendarDate_ResolvesToAnnualPeriodEnd(string sentence)
    {
        var period = new ReportPeriod(new DateOnly(2023, 9, 2), true, ReportPeriod.FromSubmissions);

        Assert.Equal(
            [new HeadcountStatement(new DateOnly(2023, 9, 2), 12_400, true, EmployeeScope.Employees, sentence,
                "fiscal year end from the report date in SEC's submissions list")],
            HeadcountParser.Parse(sentence, period));
    }

    [Theory]
    [InlineData("At the end of 2022, we had approximately 12,400 employees.")] // the prior year: its date is not this period's end
    [InlineData("At the end of the quarter, we had approximately 12,400 employees.")] // a quarter in a 10-K
    public void Parse_SyntheticRelativeDateThatIsNotThisAnnualPeriod_IsNotGuessed(string sentence)
    {
        Assert.Empty(HeadcountParser.Parse(sentence, new ReportPeriod(new DateOnly(2023, 12, 31), true, ReportPeriod.FromDei)));
    }

    [Fact]
    public void Parse_SyntheticEndOfYearInQuarterlyReport_IsNotThePeriodEnd()
    {
        var quarter = new ReportPeriod(new DateOnly(2023, 6, 30), false, ReportPeriod.FromDei);

        Assert.Empty(HeadcountParser.Parse("At the end of the year, we had approximately 12,400 employees.", quarter));
        Assert.Equal(
            "quarter end from dei:DocumentPeriodEndDate",
            Assert.Single(HeadcountParser.Parse("At the end of the quarter, we had approximately 12,400 employees.", quarter)).AsOfResolved);
    }

    [Theory]
    [InlineData("As of January 31, 2024, we employed approximately 2.1 million associates worldwide.", 2_100_000)] // SYNTHETIC, Walmart's scale
    [InlineData("As of December 31, 2023, our workforce was approximately 1.6 million.", 1_600_000)] // SYNTHETIC
    [InlineData("As of December 31, 2023, we had ten thousand employees.", 10_000)] // SYNTHETIC
    [InlineData("As of December 31, 2023, we had approximately twenty-five thousand colleagues.", 25_000)] // SYNTHETIC
    [InlineData("As of December 31, 2023, there were one hundred thousand personnel.", 100_000)] // SYNTHETIC
    [InlineData("As of December 31, 2023, our employee headcount was 2.3 million.", 2_300_000)] // SYNTHETIC
    [InlineData("Our total headcount as of December 31, 2023 was approximately 12,400.", 12_400)] // SYNTHETIC: date between subject and verb
    [InlineData("As of December 31, 2023, our workforce included approximately 12,400 employees.", 12_400)] // SYNTHETIC
    public void Parse_SyntheticCountInWordsOrScaledUnits_IsReadAndMarkedApproximate(string sentence, long employees)
    {
        var statement = Assert.Single(HeadcountParser.Parse(sentence));

        Assert.Equal((employees, true), (statement.Employees, statement.Approximate));
    }

    [Theory]
    [InlineData("As of December 31, 2023, we employed 20,000 seasonal workers.")] // SYNTHETIC
    [InlineData("As of December 31, 2023, we had 20,000 temporary employees.")] // SYNTHETIC
    [InlineData("As of December 31, 2023, we had 4,000 employees in our Retail segment.")] // SYNTHETIC
    [InlineData("As of December 31, 2023, we had 4,000 employees in Europe.")] // SYNTHETIC
    [InlineData("As of December 31, 2023, we had 4,000 employees in our stores.")] // SYNTHETIC
    [InlineData("As of December 31, 2023, we had approximately 30,000 contractors.")] // SYNTHETIC
    [InlineData("As of December 31, 2023, we had approximately 9,000 stores.")] // SYNTHETIC
    [InlineData("As of December 31, 2023, approximately 5,000 of our employees were represented by unions.")] // SYNTHETIC
    public void Parse_SyntheticSubsetOfTheWorkforce_IsNotATotal(string sentence)
    {
        Assert.Empty(HeadcountParser.Parse(sentence));
    }

    [Fact]
    public void Parse_FacebookPriorPeriodTotal_IsAFactForItsOwnDate()
    {
        // Facebook 10-Q for Q1 2019 (../shared/fixtures, fb-03312019x10q.htm), Risk Factors: the comparison issue 14 quotes.
        const string Text = "Our employee headcount and the scope and complexity of our business have increased significantly, with the number of "
            + "employees increasing to 37,773 as of March 31, 2019 from 27,742 as of March 31, 2018, and we expect such headcount growth "
            + "to continue for the foreseeable future.";

        Assert.Equal(
            [(new DateOnly(2019, 3, 31), 37_773L), (new DateOnly(2018, 3, 31), 27_742L)],
            HeadcountParser.Parse(Text).Select(s => (s.AsOf, s.Employees)));
    }

    [Fact]
    public void Read_SyntheticSeveralTotalsForOneDate_KeepsTheBestSupportedAndRejectsTheOther()
    {
        // SYNTHETIC: the total stated twice, a full-time figure once.
        const string Text = "As of December 31, 2023, we had 10,000 employees. Headcount was 10,000 as of December 31, 2023. "
            + "As of December 31, 2023, we had 7,000 full-time employees.";

        var read = HeadcountParser.Read(Text);

        Assert.Equal([10_000L], read.Statements.Select(s => s.Employees));
        Assert.Equal(
            [new Rejection(
                "another count for 2023-12-31 is better supported: 10,000 (stated 2 times) over 7,000 (stated once); a document states one total per date",
                "As of December 31, 2023, we had 7,000 full-time employees.")],
            read.Rejected);
    }

    [Fact]
    public void Read_SyntheticTwoTotalsStatedOnceEach_KeepsTheLargerOne()
    {
        const string Text = "As of December 31, 2023, we had 7,000 full-time employees. As of December 31, 2023, we had 9,500 employees.";

        var read = HeadcountParser.Read(Text);

        Assert.Equal([9_500L], read.Statements.Select(s => s.Employees));
        Assert.StartsWith("another count for 2023-12-31 is better supported: 9,500 (stated once) over 7,000 (stated once)", Assert.Single(read.Rejected).Reason, StringComparison.Ordinal);
    }

    // SYNTHETIC table in the layout SEC filings use: "$"-less count cells, padding cells, a header row of years and dates.
    private const string Table = """
        <html><body><table>
        <tr><td></td><td>December 31, 2023</td><td></td><td>December 31, 2022</td></tr>
        <tr><td>United States</td><td>8,100</td><td></td><td>7,900</td></tr>
        <tr><td>International</td><td>4,300</td><td></td><td>4,000</td></tr>
        <tr><td>Total employees</td><td>12,400</td><td></td><td>11,900</td></tr>
        </table>
        <table><tr><td></td><td>Fiscal 2024</td><td>Fiscal 2023</td></tr>
        <tr><td>Total headcount</td><td>29,600</td><td>26,196</td></tr></table>
        <table><tr><td>Total employees</td><td>500</td></tr></table>
        </body></html>
        """;

    [Fact]
    public void Tables_SyntheticTotalEmployeesRows_CiteRowAndColumn()
    {
        var document = new HtmlParser().ParseDocument(Table);

        Assert.Equal(
            [
                new HeadcountStatement(new DateOnly(2023, 12, 31), 12_400, false, EmployeeScope.Employees,
                    "Table row \"Total employees | 12,400 | 11,900\", column \"December 31, 2023\""),
                new HeadcountStatement(new DateOnly(2022, 12, 31), 11_900, false, EmployeeScope.Employees,
                    "Table row \"Total employees | 12,400 | 11,900\", column \"December 31, 2022\""),
                // A year column is the period end only for the report's own year; "Fiscal 2023" has no date here, and the
                // last table names no date at all: both are left out.
                new HeadcountStatement(new DateOnly(2024, 1, 28), 29_600, false, EmployeeScope.Employees,
                    "Table row \"Total headcount | 29,600 | 26,196\", column \"Fiscal 2024\"", "fiscal year end from dei:DocumentPeriodEndDate"),
            ],
            HeadcountTables.Read(document, Nvidia2024));
    }

    [Fact]
    public void Read_TableRowAgreeingWithSentence_IsOneFactFromTheSentence()
    {
        var rows = HeadcountTables.Read(new HtmlParser().ParseDocument(Table), null);

        var read = HeadcountParser.Read("As of December 31, 2023, we had 12,400 employees.", null, rows);

        Assert.Equal(
            ["As of December 31, 2023, we had 12,400 employees.", "Table row \"Total employees | 12,400 | 11,900\", column \"December 31, 2022\""],
            read.Statements.Select(s => s.Sentence));
        Assert.Empty(read.Rejected);
    }

    [Fact]
    public void DocumentPeriodEnd_RecordedInlineXbrl10K_ReadsTheCoverPageDate()
    {
        using var stream = Fixtures.Open(HeadcountFixtureExpectations.Urls["meta-20231231.htm"]);

        Assert.Equal(new DateOnly(2023, 12, 31), DocumentPeriodEnd.Read(HtmlDocuments.Parse(stream)));
    }

    [Fact]
    public void DocumentPeriodEnd_Pre2019HtmlFiling_IsNull()
    {
        using var stream = Fixtures.Open(HeadcountFixtureExpectations.Urls["fb-03312019x10q.htm"]);

        Assert.Null(DocumentPeriodEnd.Read(HtmlDocuments.Parse(stream)));
    }

    [Theory]
    [InlineData("meta-20231231.htm", "10-K")]
    [InlineData("meta-20230630.htm", "10-Q")]
    [InlineData("fb-03312019x10q.htm", "10-Q")]
    [InlineData("goog-20231231.htm", "10-K")]
    [InlineData("goog-20230630.htm", "10-Q")]
    [InlineData("goog-20230930.htm", "10-Q")]
    [InlineData("amzn-20231231.htm", "10-K")]
    [InlineData("amzn-20230630.htm", "10-Q")]
    public void DocumentParsers_RecordedFilingWithItsPeriod_GivesTheStatedHeadcountsWithStatedDates(string fileName, string form)
    {
        var url = HeadcountFixtureExpectations.Urls[fileName];
        var item = new NormalizeWorkItem("T", "key", DocumentKinds.SecFiling, url, "blob", "", null, form, null, null);
        var matcher = new EmployerMatcher(CompanyCatalog.Load(Path.Combine(Fixtures.RepoRoot, "seeds", "companies.json")));

        var parsed = DocumentParsers.Parse(item, BinaryData.FromBytes(File.ReadAllBytes(Fixtures.ReplayFile(url))), matcher);

        // The recorded filings state their dates, so the period changes nothing: the same facts, none resolved.
        Assert.Equal(HeadcountFixtureExpectations.Statements[fileName], parsed.Headcount.Select(h => h.Statement));
        Assert.Empty(parsed.Rejections);
    }
}
