using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Sources.Sec.Layoffs;

namespace IndustryTracker.Tests.Layoffs;

/// <summary>
/// Sentences from public SEC filings of other companies (not in ../shared/fixtures), quoted as filed, each with its
/// source. They hold the classes of phrasing of issue 14 §2: percent-only reductions, plans dated by "On &lt;date&gt;, the
/// Board approved …", fiscal quarters, a count with its percent. Sentences only: no document is stored.
/// </summary>
public partial class WorkforceStatementParserTests
{
    [Theory]
    // Desktop Metal, 10-K FY2023, note 24 "Restructuring charges" (ir.desktopmetal.com/sec-filings/all-sec-filings/xbrl_doc_only/3041).
    [InlineData(
        "On January 22, 2024, the Company committed to a strategic integration and cost optimization initiative (the “2024 Initiative”) that includes a global workforce reduction of approximately 20%, facilities consolidation, product rationalization and other operational savings measures.",
        20.0, 2024, 1, 22)]
    // Pixelworks, 8-K of 2024-06-25, Item 2.05, as quoted at fastly.tipranks.com/news/the-fly/pixelworks-announces-restructuring-plan-16-workforce-reduction.
    [InlineData(
        "On June 25, 2024, the Board of Directors of Pixelworks approved a restructuring plan to make the operation of the company more efficient and which would result in an approximately 16% reduction in workforce, in the areas of operations, research and development, sales, marketing and administration.",
        16.0, 2024, 6, 25)]
    // GI Dynamics, 8-K of 2016-05-10, Item 2.05 (sec.gov/Archives/edgar/data/1245791/000119312516585132/d175892d8k.htm).
    [InlineData(
        "On May 10, 2016, GI Dynamics, Inc. (“GI Dynamics”) announced that it is reducing headcount by approximately 30% as part of its previously announced efforts to restructure its expenses in order to extend its cash runway.",
        30.0, 2016, 5, 10)]
    // CIK 1432133, 10-Q for the quarter ended 2022-06-30, note 18 "Subsequent events" (sec.gov/Archives/edgar/data/1432133/000143213322000042/R25.htm).
    [InlineData(
        "On August 7, 2022, the Board of Directors of the Company approved a cost-reduction and re-organization plan that includes, among other things, downsizing around 10% of the Company's current employees (the \"Plan\").",
        10.0, 2022, 8, 7)]
    // Key Technology, 8-K of 2014-06-26, Item 2.05 (accession 0000906193-14-000029, via money.mymotherlode.com getedgarwindow).
    [InlineData(
        "On June 26, 2014, Key Technology, Inc. (the “Company”) announced a planned reduction of approximately 8% of its global workforce in order to better position the Company strategically and to reduce costs.",
        8.0, 2014, 6, 26)]
    public void Parse_PercentOnlyPlanOnAStatedDay_PercentSetCountNull(string text, double percent, int year, int month, int day)
    {
        var statement = Assert.Single(WorkforceStatementParser.Parse(text));

        Assert.Equal(
            Reduction(null, null, text, percent: (decimal)percent, announced: new DateOnly(year, month, day), precision: DatePrecision.Day),
            statement);
    }

    [Fact]
    public void Parse_PurpleCommunications8K20100319_CountAndPercentOfTheCompanysWorkforce()
    {
        // Purple Communications, 8-K of 2010-03-19, Item 2.05 (sec.gov/Archives/edgar/data/1101268/000119312510067274/d8k.htm).
        const string Text = "On March 19, 2010, Purple Communications, Inc. (the “Company”) initiated a reduction in work force which is expected to affect approximately 53 employees, or approximately 6% of the Company’s workforce.";

        Assert.Equal(
            [Reduction(53, CountQualifier.Approximate, Text, percent: 6m, announced: new DateOnly(2010, 3, 19), precision: DatePrecision.Day)],
            WorkforceStatementParser.Parse(Text));
    }

    [Fact]
    public void Parse_Unilife8K20150909_BoardApprovedCountAndPercent()
    {
        // Unilife, 8-K of 2015-09-09, Item 2.05 (capedge.com/filing/1476170/0001193125-15-323513/UNIFF-8K).
        const string Text = "On September 9, 2015, the board of directors of Unilife Corporation (the “Company”) approved a workforce reduction of approximately 50 employees, or approximately 17% of the Company’s workforce.";

        Assert.Equal(
            [Reduction(50, CountQualifier.Approximate, Text, percent: 17m, announced: new DateOnly(2015, 9, 9), precision: DatePrecision.Day)],
            WorkforceStatementParser.Parse(Text));
    }

    [Fact]
    public void Parse_DesktopMetal10K2023_BackReferenceCarriesTheMonthToAnAdditionalPercent()
    {
        // Desktop Metal, 10-K FY2023, note 24: the second sentence refers back ("These additional actions") to the dated first.
        const string First = "In January 2023, the Company committed to additional actions to continue and expand the 2022 Initiative, resulting in an estimated $19.6 million to $26.0 million of total restructuring costs.";
        const string Second = "These additional actions included closing and consolidating select locations in the United States and Canada and reducing the Company’s workforce by an additional 15%, prioritizing investments and operations in line with near-term revenue generation, positioning us to achieve our long-term financial goals.";

        Assert.Equal(
            [Reduction(null, null, Second, percent: 15m, announced: new DateOnly(2023, 1, 1), precision: DatePrecision.Month)],
            WorkforceStatementParser.Parse(First + " " + Second));
    }

    [Theory]
    // CIK 709283, 10-Q for the quarter ended 2017-09-30, "Restructuring charges" (sec.gov/Archives/edgar/data/709283/000162828017011361/R12.htm).
    [InlineData(
        "During the first quarter of fiscal 2018, we approved a plan (“Fiscal 2018 Restructuring Plan”) to eliminate 49 positions in the U.S. and internationally to align our workforce within various functions of our business in order to meet the Company’s strategic plans.",
        49L, 2018, 1)]
    // Synthetic: the issue's own wording of the class ("In the second quarter of fiscal 2024, we initiated …").
    [InlineData("In the second quarter of fiscal 2024, we initiated a plan to eliminate approximately 1,500 roles.", 1_500L, 2024, 2)]
    public void Parse_FiscalQuarter_KeptAsStatedForTheReconciler(string text, long count, int fiscalYear, int quarter)
    {
        var statement = Assert.Single(WorkforceStatementParser.Parse(text));

        Assert.Equal((count, (DateOnly?)null, DatePrecision.Quarter, new FiscalQuarter(fiscalYear, quarter)), (statement.Count!.Value, statement.AnnouncedOn, statement.AnnouncedPrecision!.Value, statement.AnnouncedFiscal!.Value));
    }

    [Fact]
    public void Parse_Quantum10Q_MonthPlanWithDefinedName()
    {
        // CIK 709283, same note: an earlier plan dated to its month.
        const string Text = "In April 2016, we approved a plan (“Fiscal 2017 April Restructuring Plan”) to eliminate 29 positions in the U.S. and internationally to reduce investments in various functions of our business to improve operational efficiencies.";

        Assert.Equal(
            [Reduction(29, CountQualifier.Exact, Text, announced: new DateOnly(2016, 4, 1), precision: DatePrecision.Month)],
            WorkforceStatementParser.Parse(Text));
    }

    [Theory]
    // Synthetic: percents written in words, the class issue 14 names ("five percent"); no filing found quoting one.
    [InlineData("We will reduce our workforce by approximately five percent.", 5.0)]
    [InlineData("The plan eliminates roles, reducing our global workforce by twenty-five per cent.", 25.0)]
    [InlineData("Today we announced the elimination of positions affecting about twelve percent of our workforce, a reduction we did not take lightly.", 12.0)]
    // Synthetic: percents of a role noun and of headcount after a reduction verb, in figures.
    [InlineData("As part of the restructuring, we will eliminate approximately 10% of our roles.", 10.0)]
    [InlineData("We completed a reduction in force of approximately 7% of our workforce.", 7.0)]
    public void Parse_PercentWithoutCount_PercentOnlyCountNull(string text, double percent)
    {
        var statement = Assert.Single(WorkforceStatementParser.Parse(text));

        Assert.Equal((null, (decimal?)percent), (statement.Count, statement.PercentOfWorkforce));
    }

    [Fact]
    public void Parse_Meta10K_BeginningInNovember2022_TimingFromTheNextSentence()
    {
        // Meta 10-K FY2023 (fixture), "Human Capital": the month is in one sentence, the layoffs in the next.
        const string Text = "Beginning in November 2022, we took a number of steps to reduce our expense base. For example, our cost reduction efforts have included scaling back budgets, reducing company perks, shrinking our real estate footprint, and employee layoffs and restructurings.";

        Assert.Equal(
            [new WorkforceStatement(StatementKind.Timing, null, null, null, new DateOnly(2022, 11, 1), DatePrecision.Month, null, null, false,
                "Beginning in November 2022, we took a number of steps to reduce our expense base.")],
            WorkforceStatementParser.Parse(Text));
    }

    [Theory]
    // Meta 10-K FY2023 (fixture): litigation "beginning in" a month, with "former employee" but no layoff.
    [InlineData("Beginning in September 2021, we became the subject of significant media coverage as a result of allegations and the release of internal company documents by a former employee.")]
    // Meta 10-K FY2023 (fixture): a year narrows nothing.
    [InlineData("For example, in 2022 and 2023, we announced several initiatives, including restructurings, employee layoffs, and measures to scale down our office facilities, but we cannot guarantee that they will achieve our intended results.")]
    // Synthetic: a dated cost cut that names no layoff, in either sentence.
    [InlineData("Beginning in March 2024, we took steps to reduce our expense base. These included lower marketing spend.")]
    public void Parse_DatedWithoutLayoffWords_NoTiming(string text) =>
        Assert.Empty(WorkforceStatementParser.Parse(text));
}
