using System.Web;
using IndustryTracker.Core.Exports;
using Microsoft.Extensions.Time.Testing;

namespace IndustryTracker.Tests.Exports;

/// <summary>Azure links: read-only, HTTPS-only, single-blob user-delegation SAS that expire; the key is reused.</summary>
public sealed class UserDelegationExportLinksTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 14, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Create_OneBlob_IsReadOnlyExpiringUserDelegationSas()
    {
        var service = new FakeDelegatingBlobService();
        var links = new UserDelegationExportLinks(service, "exports", TimeSpan.FromHours(1), new FakeTimeProvider(Now));

        var set = await links.CreateAsync(["warn/latest.csv"], CancellationToken.None);

        var link = set["warn/latest.csv"];
        var query = HttpUtility.ParseQueryString(link.Query);
        Assert.Equal(Now.AddHours(1), set.ExpiresOn);
        Assert.Equal("https://trackerdata.blob.core.windows.net/exports/warn/latest.csv", link.GetLeftPart(UriPartial.Path));
        Assert.Equal("r", query["sp"]);
        Assert.Equal("b", query["sr"]);
        Assert.Equal("https", query["spr"]);
        Assert.Equal("2025-03-14T10:30:00Z", query["se"]);
        Assert.Equal("2025-03-14T09:25:00Z", query["st"]);
        // Signed with the delegation key (its object id travels in the token), not an account key.
        Assert.Equal("5a1b0c8e-0000-4000-8000-00000000000a", query["skoid"]);
        Assert.False(string.IsNullOrEmpty(query["sig"]));
    }

    [Fact]
    public async Task Create_CalledAgainWithinTheKeysLife_ReusesTheKeyAndThenRenewsIt()
    {
        var service = new FakeDelegatingBlobService();
        var time = new FakeTimeProvider(Now);
        var links = new UserDelegationExportLinks(service, "exports", TimeSpan.FromHours(1), time);

        await links.CreateAsync(["a.csv"], CancellationToken.None);
        time.Advance(TimeSpan.FromHours(22));
        var later = await links.CreateAsync(["a.csv", "b.parquet"], CancellationToken.None);
        time.Advance(TimeSpan.FromHours(2));
        await links.CreateAsync(["a.csv"], CancellationToken.None);

        Assert.Equal(2, later.Links.Count);
        // One key for the first day; the third call's links would outlive it, so a new key is fetched.
        Assert.Equal([(Now.AddMinutes(-5), Now.AddDays(1)), (Now.AddHours(24).AddMinutes(-5), Now.AddHours(48))], service.KeyRequests.Select(r => (r.StartsOn!.Value, r.ExpiresOn)));
    }
}
