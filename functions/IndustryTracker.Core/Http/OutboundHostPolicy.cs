using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Sources.Newsroom;
using IndustryTracker.Core.Sources.Sec;
using IndustryTracker.Core.Sources.Warn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Http;

/// <summary>Which hosts each source's client may reach: the source's configured list (newsroom: plus the sites of the companies' feeds).</summary>
public sealed class OutboundHostPolicy(IServiceProvider services)
{
    /// <summary>The allow-list of the client named <paramref name="clientName"/>; null for a client that is no source's.</summary>
    public HostAllowList? For(string clientName) => clientName switch
    {
        SecClient.Name => new HostAllowList("sec", services.GetRequiredService<IOptions<SecOptions>>().Value.AllowedHosts),
        nameof(WarnClient) => new HostAllowList("warn", services.GetRequiredService<IOptions<WarnOptions>>().Value.AllowedHosts),
        nameof(NewsroomClient) => new HostAllowList(
            "newsroom",
            services.GetRequiredService<IOptions<NewsroomOptions>>().Value.AllowedHosts
                .Concat(services.GetRequiredService<CompanyCatalog>().Companies.SelectMany(c => c.NewsroomFeeds).Select(f => HostAllowList.SiteOf(new Uri(f))))),
        _ => null,
    };
}
