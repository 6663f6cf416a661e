namespace IndustryTracker.Core.Storage;

public static class DocumentKinds
{
    public const string SecSubmissions = "sec-submissions";
    public const string SecCompanyFacts = "sec-companyfacts";
    public const string SecFiling = "sec-filing";
    public const string SecExhibit = "sec-exhibit";
    public const string WarnBlnExport = "warn-bln";
    public const string WarnCaEdd = "warn-ca-edd";
    public const string NewsroomArticle = "newsroom-article";
}
