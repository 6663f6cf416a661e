using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Storage;

namespace IndustryTracker.Core.Charts;

/// <summary>One cited document: how it was reached (a filing itself, XBRL company facts, an announcement), its form and accession.</summary>
internal sealed record CitedDocument(string Group, string Form, string Accession)
{
    public const string Filing = "filing";
    public const string CompanyFacts = "companyfacts";
    public const string Announcement = "layoff statements";

    /// <summary>Whether the document is a newsroom post rather than an SEC filing.</summary>
    public bool IsNewsroom => Accession.Length == 0 && Group == Announcement;

    public string Name => Accession.Length == 0 ? Form : Form + " " + Accession;

    public static CitedDocument Of(Citation c)
    {
        var group = c.Kind switch
        {
            DocumentKinds.SecCompanyFacts => CompanyFacts,
            _ when c.Kind.StartsWith("layoff-event", StringComparison.Ordinal) || c.Kind == DocumentKinds.NewsroomArticle => Announcement,
            _ => Filing,
        };
        // A layoff statement with an accession was made in a filing; without one, in a newsroom post.
        var form = c.Form ?? (group == Announcement && c.Accession is null ? "newsroom" : "filing");
        return new CitedDocument(group, form, c.Accession ?? "");
    }
}
