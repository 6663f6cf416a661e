using IndustryTracker.Core.Facts;

namespace IndustryTracker.Tests.Sec;

/// <summary>What each recorded SEC filing states about headcount (see shared/fixtures/README.md).</summary>
internal static class HeadcountFixtureExpectations
{
    private const string Archives = "https://www.sec.gov/Archives/edgar/data/";

    public static readonly IReadOnlyDictionary<string, string> Urls = new Dictionary<string, string>
    {
        ["meta-20231231.htm"] = Archives + "1326801/000132680124000012/meta-20231231.htm",
        ["meta-20230630.htm"] = Archives + "1326801/000132680123000093/meta-20230630.htm",
        ["fb-03312019x10q.htm"] = Archives + "1326801/000132680119000037/fb-03312019x10q.htm",
        ["meta-20251219.htm"] = Archives + "1326801/000162828025058337/meta-20251219.htm",
        ["goog-20231231.htm"] = Archives + "1652044/000165204424000022/goog-20231231.htm",
        ["goog-20230630.htm"] = Archives + "1652044/000165204423000070/goog-20230630.htm",
        ["goog-20230930.htm"] = Archives + "1652044/000165204423000094/goog-20230930.htm",
        ["amzn-20231231.htm"] = Archives + "1018724/000101872424000008/amzn-20231231.htm",
        ["amzn-20230630.htm"] = Archives + "1018724/000101872423000012/amzn-20230630.htm",
    };

    public static readonly IReadOnlyDictionary<string, HeadcountStatement[]> Statements = new Dictionary<string, HeadcountStatement[]>
    {
        // Stated twice; the second ("Headcount was 67,317 as of December 31, 2023, a decrease of 22%
        // year-over-year.") is the same fact and is dropped by deduplication.
        ["meta-20231231.htm"] =
        [
            new(new(2023, 12, 31), 67_317, false, EmployeeScope.Employees,
                "We had a global workforce of 67,317 employees as of December 31, 2023, and we have offices in approximately 90 cities around the world."),
        ],
        ["meta-20230630.htm"] =
        [
            new(new(2023, 6, 30), 71_469, false, EmployeeScope.Employees,
                "Headcount was 71,469 as of June 30, 2023, a decrease of 14% year-over-year."),
        ],

        // The risk factors restate the count with the prior year's, each bound to its own date.
        ["fb-03312019x10q.htm"] =
        [
            new(new(2019, 3, 31), 37_773, false, EmployeeScope.Employees,
                "Headcount was 37,773 as of March 31, 2019, an increase of 36% year-over-year."),
            new(new(2018, 3, 31), 27_742, false, EmployeeScope.Employees,
                "Our employee headcount and the scope and complexity of our business have increased significantly, with the number of employees increasing to 37,773 as of March 31, 2019 from 27,742 as of March 31, 2018, and we expect such headcount growth to continue for the foreseeable future."),
        ],
        ["meta-20251219.htm"] = [],
        ["goog-20231231.htm"] =
        [
            new(new(2023, 12, 31), 182_502, false, EmployeeScope.Employees,
                "As of December 31, 2023, Alphabet had 182,502 employees."),
        ],
        ["goog-20230630.htm"] =
        [
            new(new(2023, 6, 30), 181_798, false, EmployeeScope.Employees, "As of June 30, 2023, we had 181,798 employees."),
        ],
        ["goog-20230930.htm"] =
        [
            new(new(2023, 9, 30), 182_381, false, EmployeeScope.Employees, "As of September 30, 2023, we had 182,381 employees."),
        ],
        ["amzn-20231231.htm"] =
        [
            new(new(2023, 12, 31), 1_525_000, true, EmployeeScope.FullTimeAndPartTime,
                "As of December 31, 2023, we employed approximately 1,525,000 full-time and part-time employees."),
        ],
        ["amzn-20230630.htm"] = [],
    };
}
