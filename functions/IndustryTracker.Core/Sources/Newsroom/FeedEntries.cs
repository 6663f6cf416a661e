using System.ServiceModel.Syndication;
using System.Xml;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Sources.Newsroom;

/// <summary>Reduces a library <see cref="SyndicationItem"/> (RSS item or Atom entry) to a <see cref="FeedItem"/>.</summary>
internal static class FeedEntries
{
    /// <summary>The item, or null when it has no http(s) link: there is no article page to fetch for it.</summary>
    public static FeedItem? Read(SyndicationItem item, Uri feedUrl)
    {
        var link = item.Links
            .Where(l => l.Uri is not null && !HasRel(l, "enclosure"))
            .OrderBy(l => IsAlternate(l) ? 0 : 1)
            .Select(l => Resolve(l, feedUrl))
            .FirstOrDefault(FeedUris.IsWeb);
        if (link is null)
        {
            return null;
        }

        var id = string.IsNullOrWhiteSpace(item.Id) ? link.AbsoluteUri : item.Id.Trim();
        return new FeedItem(id, InlineText.Collapse(item.Title?.Text), link, Published(item));
    }

    private static DateTimeOffset? Published(SyndicationItem item) =>
        Date(() => item.PublishDate) ?? Date(() => item.LastUpdatedTime);

    // An absent date is default(DateTimeOffset). An unreadable one is kept by the library and thrown from the
    // getter; the item is still worth reading (its page has a date too), so that one date becomes null.
    private static DateTimeOffset? Date(Func<DateTimeOffset> read)
    {
        try
        {
            var value = read();
            return value == default ? null : value;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    // Atom: a link without rel is an alternate. RSS: the library files <link> as alternate.
    private static bool IsAlternate(SyndicationLink link) =>
        string.IsNullOrEmpty(link.RelationshipType) || HasRel(link, "alternate");

    private static bool HasRel(SyndicationLink link, string rel) =>
        string.Equals(link.RelationshipType, rel, StringComparison.OrdinalIgnoreCase);

    // xml:base (kept by the library on the link) first, then the feed's own URL, as a browser would.
    private static Uri Resolve(SyndicationLink link, Uri feedUrl)
    {
        var baseUri = link.BaseUri is null ? feedUrl : new Uri(feedUrl, link.BaseUri);
        return new Uri(baseUri, link.Uri);
    }
}
