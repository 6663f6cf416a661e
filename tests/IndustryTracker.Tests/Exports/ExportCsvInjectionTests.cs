using System.Text;
using IndustryTracker.Core.Api;
using IndustryTracker.Core.Exports;
using IndustryTracker.Core.Storage.Entities;

namespace IndustryTracker.Tests.Exports;

/// <summary>
/// Text a spreadsheet would run as a formula is escaped in CSV in every dataset (apostrophe-prefixed, and quoted by
/// the writer); numbers and dates are not.
/// </summary>
public sealed class ExportCsvInjectionTests
{
    [Fact]
    public void WarnCsv_EmployerIsAnExcelFormula_IsPrefixedWithApostrophe()
    {
        var notice = new WarnEntity
        {
            State = "WA",
            Employer = "=HYPERLINK(\"http://evil.example\",\"Microsoft\")",
            Site = "+1 Microsoft Way",
            Location = "@SUM(A1)",
            Workers = 276,
            Received = "2023-01-18",
            Kind = "Layoff",
            Url = "https://example.test/wa.csv",
            SourceRow = 12,
        };

        var text = Encoding.UTF8.GetString(WarnCsv.Write([notice]));

        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Microsoft\"\")\"", text, StringComparison.Ordinal);
        Assert.Contains(",\"'+1 Microsoft Way\",\"'@SUM(A1)\",276,2023-01-18,,Layoff,", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"=", text, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadcountCsv_SentenceStartsWithMinus_IsEscapedButNumbersAndDatesAreNot()
    {
        var view = new HeadcountView("META", "2023-12-31", 67317, false, "Employees", "-2+3+cmd|' /C calc'!A0", "https://example.test/10k.htm", "0001326801-24-000012", "10-K");

        var text = Encoding.UTF8.GetString(HeadcountCsv.Write([view]));

        Assert.Equal(
            "ticker,asOf,employees,approximate,scope,sentence,url,accession,form,asOfResolved\r\nMETA,2023-12-31,67317,false,Employees,\"'-2+3+cmd|' /C calc'!A0\",https://example.test/10k.htm,0001326801-24-000012,10-K,\r\n",
            text[1..]);
    }

    [Fact]
    public void FinancialCsv_NegativeValue_StaysANumber()
    {
        var view = new FinancialView("META", "netIncome", "us-gaap:NetIncomeLoss", "2022-01-01", "2022-12-31", -2_722_000_000m, "USD", "sec-companyfacts", "https://example.test/facts.json", null);

        var text = Encoding.UTF8.GetString(FinancialCsv.Write([view]));

        Assert.EndsWith("\r\nMETA,netIncome,us-gaap:NetIncomeLoss,2022-01-01,2022-12-31,-2722000000,USD,sec-companyfacts,https://example.test/facts.json,\r\n", text, StringComparison.Ordinal);
    }
}
