using System.Net;
using System.Text;
using IndustryTracker.Core.Fetching;
using IndustryTracker.Core.Fetching.Validation;
using IndustryTracker.Core.Storage;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Reliability;

/// <summary>What collectors accept as a document of each kind: the real recorded documents pass, the impostors servers send do not.</summary>
public sealed class DocumentValidationTests
{
    private const string FilingUrl = "https://www.sec.gov/Archives/edgar/data/1326801/000132680124000012/meta-20231231.htm";
    private const string IndexUrl = "https://www.sec.gov/Archives/edgar/data/1326801/000162828025058337/0001628280-25-058337-index.html";
    private const string SubmissionsUrl = "https://data.sec.gov/submissions/CIK0001326801.json";
    private const string FactsUrl = "https://data.sec.gov/api/xbrl/companyfacts/CIK0001652044.json";
    private const string WarnUrl = "https://raw.githubusercontent.com/biglocalnews/warn-github-flow/main/data/warn-scraper/exports/wa.csv";
    private const string EddUrl = "https://edd.ca.gov/siteassets/files/jobs_and_training/warn/warn_report.xlsx";

    // Test data: the page SEC serves to clients over its rate limit (abridged).
    private static readonly byte[] BlockPage = Encoding.UTF8.GetBytes("<html><head><title>SEC.gov | Request Rate Threshold Exceeded</title></head><body>Your Request Originates from an Undeclared Automated Tool</body></html>");

    [Theory]
    [InlineData(DocumentKinds.SecFiling, "10-K", FilingUrl, "text/html")]
    [InlineData(DocumentValidation.SecFilingIndex, "8-K", IndexUrl, "text/html")]
    [InlineData(DocumentKinds.SecSubmissions, null, SubmissionsUrl, "application/json")]
    [InlineData(DocumentKinds.SecCompanyFacts, null, FactsUrl, "application/json")]
    [InlineData(DocumentKinds.WarnBlnExport, "WA", WarnUrl, "text/plain; charset=utf-8")]
    [InlineData(DocumentKinds.WarnCaEdd, "CA", EddUrl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public void Check_RecordedDocument_IsAccepted(string kind, string? form, string url, string type)
    {
        var fetched = Fetched(url, File.ReadAllBytes(Fixtures.ReplayFile(url)), type);

        Assert.Same(fetched, DocumentValidation.Check(kind, form, fetched));
    }

    [Theory]
    [InlineData(DocumentKinds.SecFiling, "10-K")]
    [InlineData(DocumentKinds.SecExhibit, "8-K")]
    [InlineData(DocumentValidation.SecFilingIndex, "8-K")]
    [InlineData(DocumentKinds.SecSubmissions, null)]
    [InlineData(DocumentKinds.SecCompanyFacts, null)]
    [InlineData(DocumentKinds.WarnBlnExport, "WA")]
    [InlineData(DocumentKinds.WarnCaEdd, "CA")]
    [InlineData(DocumentKinds.NewsroomArticle, null)]
    public void Check_BlockPageWithStatus200_IsAFailedFetch(string kind, string? form)
    {
        var checkedResult = DocumentValidation.Check(kind, form, Fetched("https://www.sec.gov/x", BlockPage, "text/html"));

        Assert.False(checkedResult.IsOk);
        Assert.StartsWith($"rejected {kind}:", checkedResult.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FilingCutInHalf_IsRejectedAsTruncated()
    {
        var bytes = File.ReadAllBytes(Fixtures.ReplayFile(FilingUrl));

        var checkedResult = DocumentValidation.Check(DocumentKinds.SecFiling, "10-K", Fetched(FilingUrl, bytes[..(bytes.Length / 2)], "text/html"));

        Assert.Contains("truncated", checkedResult.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DocumentKinds.SecFiling, FilingUrl, "application/json")]
    [InlineData(DocumentKinds.SecSubmissions, SubmissionsUrl, "text/html")]
    [InlineData(DocumentKinds.WarnCaEdd, EddUrl, "text/html")]
    public void Check_WrongContentType_IsRejected(string kind, string url, string type)
    {
        var checkedResult = DocumentValidation.Check(kind, "CA", Fetched(url, File.ReadAllBytes(Fixtures.ReplayFile(url)), type));

        Assert.Contains("unexpected content type", checkedResult.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_JsonOfTheWrongShape_IsRejected()
    {
        var checkedResult = DocumentValidation.Check(DocumentKinds.SecSubmissions, null, Fetched(SubmissionsUrl, """{"message":"try later"}"""u8.ToArray(), "application/json"));

        Assert.Equal("rejected sec-submissions: JSON without 'filings'", checkedResult.Error);
    }

    [Fact]
    public void Check_CsvWithoutTheStateHeader_IsRejected()
    {
        var checkedResult = DocumentValidation.Check(DocumentKinds.WarnBlnExport, "WA", Fetched(WarnUrl, "name,when\nAcme,2023\n"u8.ToArray(), "text/plain"));

        Assert.StartsWith("rejected warn-bln: no WARN header", checkedResult.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_BodyShorterThanContentLength_IsAFailedFetch()
    {
        using var http = new HttpClient(new TruncatingHandler());

        var fetched = await HttpFetch.GetAsync(http, new Uri(FilingUrl), Validators.None, maxBytes: 1024 * 1024, CancellationToken.None);

        Assert.Equal((false, "truncated body: 5 of 10 bytes"), (fetched.IsOk, fetched.Error));
    }

    private static FetchResult Fetched(string url, byte[] body, string type) => new(new Uri(url), HttpStatusCode.OK, body, type, null, null, null);

    private sealed class TruncatingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent("12345"u8.ToArray());
            content.Headers.ContentLength = 10;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        }
    }
}
