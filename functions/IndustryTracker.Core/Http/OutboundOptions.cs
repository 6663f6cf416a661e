namespace IndustryTracker.Core.Http;

/// <summary>The outbound guard's settings (<c>Outbound:*</c>).</summary>
public sealed class OutboundOptions
{
    public const string Section = "Outbound";

    /// <summary>
    /// Lets requests reach loopback, private and link-local addresses. Only for tests and local stand-ins of a
    /// source; replay runs never open a connection, so they need no exception.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Redirects followed per request, each to an allowed host only.</summary>
    public int MaxRedirects { get; set; } = 5;
}
