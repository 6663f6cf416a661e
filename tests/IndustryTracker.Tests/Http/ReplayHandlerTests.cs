using System.Net;
using IndustryTracker.Core.Http;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Http;

public sealed class ReplayHandlerTests
{
    private const string MetaSubmissions = "https://data.sec.gov/submissions/CIK0001326801.json";

    [Fact]
    public async Task Get_RecordedUrl_ServesTheFileBytes()
    {
        using var client = new HttpClient(new ReplayHandler(Fixtures.Replay));

        using var response = await client.GetAsync(new Uri(MetaSubmissions));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(Fixtures.ReplayFile(MetaSubmissions)), await response.Content.ReadAsByteArrayAsync());
        Assert.NotNull(response.Headers.ETag);
    }

    [Theory]
    [InlineData("https://www.sec.gov/Archives/edgar/data/789019/000095017023035122/msft-20230630.htm")]
    [InlineData("https://data.sec.gov/../../../etc/passwd")]
    [InlineData("https://data.sec.gov/submissions/%2E%2E/%2E%2E/README.md")]
    public async Task Get_UnrecordedOrEscapingUrl_Is404(string url)
    {
        using var client = new HttpClient(new ReplayHandler(Fixtures.Replay));

        using var response = await client.GetAsync(new Uri(url));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_WithMatchingETag_Is304()
    {
        using var client = new HttpClient(new ReplayHandler(Fixtures.Replay));
        using var first = await client.GetAsync(new Uri(MetaSubmissions));
        using var request = new HttpRequestMessage(HttpMethod.Get, MetaSubmissions);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }
}
