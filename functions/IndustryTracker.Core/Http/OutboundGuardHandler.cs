using System.Net;

namespace IndustryTracker.Core.Http;

/// <summary>
/// The innermost handler of every client: a request (and each redirect, which it follows itself) goes out only to a
/// host its source allows and, outside replay and tests, only to public addresses — so a feed or a filing index can
/// never steer a collector at the metadata endpoint or a private service. A refusal is a 403 answer, not an
/// exception: the retry pipeline does not retry it and the collector records it as a failed fetch.
/// </summary>
public sealed class OutboundGuardHandler(HostAllowList? hosts, bool checkAddresses, int maxRedirects, Func<string, CancellationToken, Task<IPAddress[]>> resolve) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        for (var hop = 0; ; hop++)
        {
            if (await RefusalAsync(request.RequestUri!, cancellationToken) is { } reason)
            {
                return Refused(request, reason);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (!IsRedirect(response.StatusCode) || response.Headers.Location is not { } location)
            {
                return response;
            }

            if (hop >= maxRedirects)
            {
                response.Dispose();
                return Refused(request, $"more than {maxRedirects} redirects");
            }

            var next = new HttpRequestMessage(HttpMethod.Get, new Uri(request.RequestUri!, location));
            foreach (var header in request.Headers)
            {
                next.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Dispose();
            request = next;
        }
    }

    private async Task<string?> RefusalAsync(Uri url, CancellationToken cancellationToken)
    {
        if (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
        {
            return $"scheme '{url.Scheme}' is not fetched";
        }

        if (hosts is not null && !hosts.Allows(url))
        {
            return $"host '{url.Host}' is not allowed for source '{hosts.Source}'";
        }

        if (!checkAddresses)
        {
            return null;
        }

        // Names are resolved here and checked address by address; a name that resolves to a private address is refused too.
        var addresses = IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var literal) ? [literal] : await ResolveAsync(resolve, url.IdnHost, cancellationToken);
        return addresses.FirstOrDefault(PrivateAddresses.IsPrivate) is { } address ? $"host '{url.Host}' is a private address ({address})" : null;
    }

    /// <summary>
    /// Resolves a name for an address check. A name that does not resolve is a failed request like any other network
    /// failure (an <see cref="HttpRequestException"/>, which the retry pipeline retries and the fetch records), never a
    /// bare <see cref="System.Net.Sockets.SocketException"/> escaping the collector.
    /// </summary>
    internal static async Task<IPAddress[]> ResolveAsync(Func<string, CancellationToken, Task<IPAddress[]>> resolve, string host, CancellationToken cancellationToken)
    {
        try
        {
            return await resolve(host, cancellationToken);
        }
        catch (System.Net.Sockets.SocketException ex)
        {
            throw new HttpRequestException(HttpRequestError.NameResolutionError, $"host '{host}' does not resolve: {ex.Message}", ex);
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;

    private static HttpResponseMessage Refused(HttpRequestMessage request, string reason) =>
        new(HttpStatusCode.Forbidden) { RequestMessage = request, ReasonPhrase = $"refused by the outbound guard: {reason}" };
}
