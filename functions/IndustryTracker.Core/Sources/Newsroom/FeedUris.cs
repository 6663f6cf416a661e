using System.ServiceModel.Syndication;

namespace IndustryTracker.Core.Sources.Newsroom;

/// <summary>The URI callback given to the syndication formatters in place of their default.</summary>
internal static class FeedUris
{
    /// <summary>Stands for "no usable link"; it is not http(s), so the item reader never picks it.</summary>
    private static readonly Uri NotALink = new("about:invalid");

    /// <summary>
    /// Never fails: the default parser throws on a bad href, and the library then fails the whole feed for one
    /// item. An RSS guid only gets here when the library promotes a permalink guid to the item's link (the item
    /// has no &lt;link&gt;); RSS 2.0 says such a guid is the item's URL, so it is kept when it is an absolute
    /// http(s) URL. A relative guid is usually an opaque id, and resolving it would invent a page.
    /// </summary>
    public static bool TryParse(XmlUriData data, out Uri uri)
    {
        if (!Uri.TryCreate(data.UriString.Trim(), data.UriKind, out var parsed))
        {
            uri = NotALink;
            return true;
        }

        var isGuid = data.ElementQualifiedName.Name == "guid" && data.ElementQualifiedName.Namespace.Length == 0;
        uri = isGuid && !IsWeb(parsed) ? NotALink : parsed;
        return true;
    }

    public static bool IsWeb(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
