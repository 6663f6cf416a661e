using System.Net;
using System.Net.Sockets;

namespace IndustryTracker.Core.Http;

/// <summary>
/// The connect step of every live client (<see cref="SocketsHttpHandler.ConnectCallback"/>): it resolves the host
/// itself, refuses the connection if any address is private, and connects to the very addresses it checked.
/// <see cref="OutboundGuardHandler"/> checks the name first and answers a clean 403, but the handler below it would
/// resolve the name again; a name whose DNS answer changes between the two (DNS rebinding) would pass the check and
/// still reach the metadata endpoint. Here the check and the connection use one answer.
/// </summary>
/// <param name="resolve">Resolves a host name (<see cref="Dns.GetHostAddressesAsync(string, CancellationToken)"/> in production).</param>
/// <param name="isPrivate">Which addresses are refused (<see cref="PrivateAddresses.IsPrivate"/> in production).</param>
public sealed class PublicAddressConnector(Func<string, CancellationToken, Task<IPAddress[]>> resolve, Func<IPAddress, bool> isPrivate)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // An IPv6 literal comes bracketed in one of the two names and bare in the other; compare and parse it bare.
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await OutboundGuardHandler.ResolveAsync(resolve, host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new HttpRequestException(HttpRequestError.NameResolutionError, $"host '{host}' has no address");
        }

        // A connection to a configured proxy is not the request's host: the proxy resolves names itself, so there is
        // nothing to pin here, and a proxy on a private network is the normal case.
        var toRequestHost = string.Equals(context.InitialRequestMessage.RequestUri?.IdnHost.Trim('[', ']'), host, StringComparison.OrdinalIgnoreCase);
        if (toRequestHost && addresses.FirstOrDefault(isPrivate) is { } refused)
        {
            throw new HttpRequestException(HttpRequestError.ConnectionError, $"refused by the outbound guard: host '{host}' resolves to a private address ({refused}) at connect time");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
