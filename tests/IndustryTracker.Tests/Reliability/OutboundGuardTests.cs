using System.Net;
using IndustryTracker.Core.Http;

namespace IndustryTracker.Tests.Reliability;

/// <summary>SSRF: a collector reaches only its source's hosts, follows redirects only among them, and never a private address.</summary>
public sealed class OutboundGuardTests
{
    private static readonly HostAllowList Sec = new("sec", ["data.sec.gov", "www.sec.gov"]);

    [Theory]
    [InlineData("https://data.sec.gov/submissions/CIK0001326801.json", true)]
    [InlineData("https://WWW.SEC.GOV/Archives/edgar/data/1/2/x.htm", true)]
    [InlineData("https://sec.gov.evil.example/x", false)]
    [InlineData("https://evil.example/?u=https://data.sec.gov/", false)]
    [InlineData("https://data.sec.gov.evil.example/", false)]
    public void Allows_ExactHosts_OnlyThose(string url, bool allowed) => Assert.Equal(allowed, Sec.Allows(new Uri(url)));

    [Theory]
    [InlineData("https://news.microsoft.com/feed/", ".microsoft.com")]
    [InlineData("https://blog.google/rss/", "blog.google")]
    public void SiteOf_Feed_IsItsParentDomain(string feed, string site) => Assert.Equal(site, HostAllowList.SiteOf(new Uri(feed)));

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.20.0.1")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void IsPrivate_PrivateLoopbackLinkLocal_True(string address) => Assert.True(PrivateAddresses.IsPrivate(IPAddress.Parse(address)));

    [Theory]
    [InlineData("162.159.140.1")]
    [InlineData("2606:4700::1")]
    public void IsPrivate_PublicAddress_False(string address) => Assert.False(PrivateAddresses.IsPrivate(IPAddress.Parse(address)));

    [Theory]
    [InlineData("https://evil.example/x", "host 'evil.example' is not allowed for source 'sec'")]
    [InlineData("file:///etc/passwd", "scheme 'file' is not fetched")]
    public async Task Send_HostOutsideTheSource_Refused403WithoutTouchingTheNetwork(string url, string reason)
    {
        var inner = new CountingHandler(_ => new HttpResponseMessage(HttpStatusCode.OK));
        using var http = Client(inner, Sec, checkAddresses: false);

        using var response = await http.GetAsync(new Uri(url));

        Assert.Equal((HttpStatusCode.Forbidden, 0), (response.StatusCode, inner.Calls));
        Assert.EndsWith(reason, response.ReasonPhrase, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("https://www.sec.gov/")]
    public async Task Send_AllowedHostResolvingToPrivateAddress_Refused(string url)
    {
        var inner = new CountingHandler(_ => new HttpResponseMessage(HttpStatusCode.OK));
        using var http = Client(inner, new HostAllowList("sec", ["www.sec.gov", "169.254.169.254"]), checkAddresses: true, resolvesTo: IPAddress.Parse("10.0.0.5"));

        using var response = await http.GetAsync(new Uri(url));

        Assert.Equal((HttpStatusCode.Forbidden, 0), (response.StatusCode, inner.Calls));
        Assert.Contains("private address", response.ReasonPhrase, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_RedirectWithinAllowedHosts_IsFollowed()
    {
        var inner = new CountingHandler(r => r.RequestUri!.Host == "data.sec.gov" ? Redirect("https://www.sec.gov/final.htm") : new HttpResponseMessage(HttpStatusCode.OK));
        using var http = Client(inner, Sec, checkAddresses: true, resolvesTo: IPAddress.Parse("162.159.140.1"));

        using var response = await http.GetAsync(new Uri("https://data.sec.gov/start.json"));

        Assert.Equal((HttpStatusCode.OK, 2), (response.StatusCode, inner.Calls));
    }

    [Theory]
    [InlineData("https://evil.example/steal")]
    [InlineData("http://127.0.0.1:10000/devstoreaccount1")]
    public async Task Send_RedirectOutOfAllowedHosts_RefusedBeforeFollowing(string location)
    {
        var inner = new CountingHandler(_ => Redirect(location));
        using var http = Client(inner, Sec, checkAddresses: true, resolvesTo: IPAddress.Parse("162.159.140.1"));

        using var response = await http.GetAsync(new Uri("https://data.sec.gov/start.json"));

        Assert.Equal((HttpStatusCode.Forbidden, 1), (response.StatusCode, inner.Calls));
    }

    private static HttpClient Client(CountingHandler inner, HostAllowList hosts, bool checkAddresses, IPAddress? resolvesTo = null) =>
        new(new OutboundGuardHandler(hosts, checkAddresses, maxRedirects: 5, (_, _) => Task.FromResult(new[] { resolvesTo ?? IPAddress.Loopback })) { InnerHandler = inner });

    private static HttpResponseMessage Redirect(string location)
    {
        var response = new HttpResponseMessage(HttpStatusCode.Found);
        response.Headers.Location = new Uri(location);
        return response;
    }
}
