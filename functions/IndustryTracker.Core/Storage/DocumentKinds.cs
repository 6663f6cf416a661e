namespace IndustryTracker.Core.Storage;

public static class DocumentKinds
{
    public const string SecSubmissions = "sec-submissions";
    public const string SecCompanyFacts = "sec-companyfacts";
    public const string SecFiling = "sec-filing";
}
