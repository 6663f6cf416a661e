using System.ServiceModel.Syndication;
using System.Xml;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Sources.Newsroom;

/// <summary>
/// Reads a newsroom's RSS 2.0 or Atom 1.0 feed with System.ServiceModel.Syndication (the runtime team's reader for
/// both formats), behind an XML reader that refuses DTDs and bounds the document's size.
/// </summary>
public static class FeedParser
{
    /// <summary>Largest feed read, in characters. Newsroom feeds are tens of kilobytes; this is far above that.</summary>
    internal const long DefaultMaxCharacters = 8L * 1024 * 1024;

    /// <summary>
    /// The feed's items in document order. Id: the RSS guid, else the link; the Atom id. Link: RSS &lt;link&gt;
    /// (else a permalink guid that is an absolute URL); Atom link rel="alternate", else the first non-enclosure
    /// link; resolved against xml:base and <paramref name="feedUrl"/>. Published: RSS pubDate; Atom published,
    /// else updated; null when absent or unreadable. Items with no http(s) link are skipped: there is no page to
    /// read. Throws <see cref="FormatException"/> for malformed XML, a DOCTYPE (never expanded), a document over
    /// the size bound, or a document that is neither RSS 2.0 nor Atom 1.0.
    /// </summary>
    public static IReadOnlyList<FeedItem> Parse(Stream xml, Uri feedUrl) => Parse(xml, feedUrl, DefaultMaxCharacters);

    internal static IReadOnlyList<FeedItem> Parse(Stream xml, Uri feedUrl, long maxCharacters)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(feedUrl);
        if (!feedUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("The feed URL must be absolute: relative links are resolved against it.", nameof(feedUrl));
        }

        SyndicationFeed feed;
        try
        {
            using var reader = XmlReader.Create(xml, SecureSettings(maxCharacters));
            reader.MoveToContent();
            var formatter = FormatterFor(reader, feedUrl);
            formatter.ReadFrom(reader);
            feed = formatter.Feed;
        }
        catch (XmlException e)
        {
            throw new FormatException($"Feed {feedUrl} was not read: {e.Message}", e);
        }
        catch (NotSupportedException e)
        {
            // Rss20FeedFormatter's answer to <rss version="0.91"> and other versions.
            throw new FormatException($"Feed {feedUrl} is not RSS 2.0: {e.Message}", e);
        }

        return feed.Items.Select(item => FeedEntries.Read(item, feedUrl)).OfType<FeedItem>().ToList();
    }

    /// <summary>
    /// No DTD at all: DtdProcessing.Prohibit makes any DOCTYPE an error before an entity can be declared, let
    /// alone expanded (billion laughs) or fetched (XXE); no resolver, so nothing outside the document is read.
    /// </summary>
    private static XmlReaderSettings SecureSettings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    private static SyndicationFeedFormatter FormatterFor(XmlReader reader, Uri feedUrl)
    {
        var rss = new Rss20FeedFormatter { PreserveElementExtensions = false, PreserveAttributeExtensions = false };
        if (rss.CanRead(reader))
        {
            rss.DateTimeParser = static (XmlDateTimeData data, out DateTimeOffset value) =>
                RssDate.TryParse(data.DateTimeString, out value);
            rss.UriParser = FeedUris.TryParse;
            return rss;
        }

        var atom = new Atom10FeedFormatter { PreserveElementExtensions = false, PreserveAttributeExtensions = false };
        if (atom.CanRead(reader))
        {
            atom.UriParser = FeedUris.TryParse;
            return atom;
        }

        throw new FormatException(
            $"Feed {feedUrl} is neither RSS 2.0 nor Atom 1.0: its root element is <{reader.Name}> in namespace '{reader.NamespaceURI}'.");
    }
}
