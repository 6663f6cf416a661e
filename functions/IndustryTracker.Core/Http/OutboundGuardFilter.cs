using System.Net;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Http;

/// <summary>
/// Adds <see cref="OutboundGuardHandler"/> to every client, innermost (after each client's own handlers, so it sees
/// each attempt and each redirect), with that client's allow-list.
/// </summary>
public sealed class OutboundGuardFilter(OutboundHostPolicy policy, IOptions<OutboundOptions> outbound, IOptions<ReplayOptions> replay) : IHttpMessageHandlerBuilderFilter
{
    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);
        var checkAddresses = !replay.Value.IsReplay && !outbound.Value.AllowPrivateAddresses;
        builder.AdditionalHandlers.Add(new OutboundGuardHandler(policy.For(builder.Name ?? ""), checkAddresses, outbound.Value.MaxRedirects, Dns.GetHostAddressesAsync));
    };
}
