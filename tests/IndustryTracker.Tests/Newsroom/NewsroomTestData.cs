using AngleSharp.Html.Dom;
using IndustryTracker.Core.Documents;

namespace IndustryTracker.Tests.Newsroom;

/// <summary>
/// The feeds and pages under TestData/, written for these tests (each file says so): they are not recordings
/// of the companies' sites. The statements are the companies' own words, quoted from shared/fixtures/README.md.
/// </summary>
internal static class NewsroomTestData
{
    public const string MetaNovember2022 =
        "I've decided to reduce the size of our team by about 13% and let more than 11,000 of our talented employees go.";

    public const string MetaMarch2023 =
        "we expect to reduce our team size by around 10,000 people and to close around 5,000 additional open roles that we haven't yet hired";

    public const string AlphabetJanuary2023 = "We've decided to reduce our workforce by approximately 12,000 roles.";

    public const string MicrosoftJanuary2023 =
        "we will be making changes that will result in the reduction of our overall workforce by 10,000 jobs through the end of FY23 Q3";

    public const string AmazonJanuary2023 = "we plan to eliminate just over 18,000 roles";

    public const string AmazonMarch2023 = "we intend to eliminate about 9,000 more positions in the next few weeks";

    /// <summary>Text that the pages put in nav, header, footer, aside, forms, dialogs, scripts and styles.</summary>
    public static readonly string[] Chrome =
    [
        "Skip to content", "Newsroom home", "Media contacts", "Related stories", "Sign up for our newsletter",
        "Subscribe", "Privacy Policy", "We use cookies", "dataLayer", "Share this story", "font-style", "©",
        "More stories", "short card", "sidebar",
    ];

    /// <summary>Which test page each feed item links to, standing in for fetching the link.</summary>
    public static readonly IReadOnlyDictionary<string, string> PageForLink = new Dictionary<string, string>
    {
        ["https://about.fb.com/news/2022/11/mark-zuckerberg-message-to-employees/"] = "meta-2022-11-09.html",
        ["https://about.fb.com/news/2023/03/mark-zuckerberg-meta-year-of-efficiency/"] = "meta-2023-03-14.html",
        ["https://blog.google/inside-google/message-ceo/january-update/"] = "alphabet-2023-01-20.html",
        ["https://blogs.microsoft.com/blog/2023/01/18/subject-focusing-on-our-short-and-long-term-opportunity/"] = "microsoft-2023-01-18.html",
        ["https://www.aboutamazon.com/news/company-news/update-on-role-eliminations-january-2023"] = "amazon-2023-01-04.html",
        ["https://www.aboutamazon.com/news/company-news/update-on-amazon-workforce-march-2023"] = "amazon-2023-03-20.html",
    };

    public static Stream Open(string name) => File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Newsroom", "TestData", name));

    public static IHtmlDocument Page(string name)
    {
        using var stream = Open(Path.Combine("pages", name));
        return HtmlDocuments.Parse(stream);
    }
}
