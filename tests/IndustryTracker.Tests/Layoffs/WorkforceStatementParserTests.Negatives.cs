using IndustryTracker.Core.Sources.Sec.Layoffs;

namespace IndustryTracker.Tests.Layoffs;

/// <summary>Synthetic test data that must yield nothing, plus the Meta 10-K's own policy and risk prose.</summary>
public partial class WorkforceStatementParserTests
{
    [Theory]
    [InlineData("We will close around 5,000 open roles that we haven't yet hired.")]
    [InlineData("We will eliminate 5,000 roles that we have not yet filled.")]
    [InlineData("In 2023 we hired 10,000 employees.")]
    [InlineData("We plan to reduce our carbon emissions by 50% by 2030.")]
    [InlineData("We reduced headcount growth in 2023 to 2%.")]
    [InlineData("The quarter saw a reduction in revenue of $2 billion.")]
    [InlineData("Approximately 10,000 employees work remotely.")]
    [InlineData("We had 67,317 employees as of December 31, 2023.")]
    [InlineData("We plan to reduce our workforce by 2025.")]
    [InlineData("Cost of revenue increased $710 million, partially offset by a decrease in data center abandonment charges related to restructuring.")]
    [InlineData("During 2023 and 2022, we recognized total pre-tax restructuring charges of $2.84 billion and $4.10 billion, respectively.")]
    [InlineData("Severance is paid at $2,000 per week of service.")]
    public void Parse_NotAReductionOrSeveranceCharge_Nothing(string text) =>
        Assert.Empty(WorkforceStatementParser.Parse(text));

    [Fact]
    public void Parse_RiskFactorProseWithoutFigures_Nothing()
    {
        // Count-less mentions are never statements: "layoffs" in risk prose announces nothing countable.
        const string Text = "For example, in 2022 and 2023, we announced several initiatives, including restructurings, employee layoffs, and measures to scale down our office facilities, but we cannot guarantee that they will achieve our intended results.";

        Assert.Empty(WorkforceStatementParser.Parse(Text));
    }

    [Fact]
    public void Parse_SeverancePolicyInWeeks_IsNotACharge()
    {
        // Quoted from the Meta 10-K FY2023 human-capital section.
        const string Text = "We make it a priority to treat outgoing employees with respect and provide a generous severance package. For U.S. employees, that includes severance of 16 weeks of base pay plus two additional weeks for every year of service, payment for all remaining paid time off, restricted stock unit vesting through their last day on payroll, health insurance, coverage of the cost of healthcare for employees and their families for six months.";

        Assert.Empty(WorkforceStatementParser.Parse(Text));
    }

    [Theory]
    [InlineData("The increase in compensation expenses included $848 million in employee severance charges associated with the reduction in our workforce.")]
    [InlineData("Sales and marketing expenses increased, largely due to $444 million in employee severance charges associated with the reduction in our workforce.")]
    [InlineData("Alphabet-level activities include charges related to the reduction in force and our office space optimization efforts totaling $3.9 billion.")]
    public void Parse_SeveranceAmountThatIsPartOfAnotherFigure_Nothing(string text) =>
        Assert.Empty(WorkforceStatementParser.Parse(text));
}
