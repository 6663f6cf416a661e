using System.Text.RegularExpressions;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Sources.Sec.Headcount;

/// <summary>Reads what a count counts from the words around it ("full-time and part-time employees").</summary>
internal static partial class ScopeClassifier
{
    /// <summary>
    /// Scope stated by <paramref name="wording"/> (the subject, modifiers and noun of the count, plus
    /// the words right after it, where "on a full-time basis" sits). Most specific wording wins.
    /// </summary>
    public static EmployeeScope Classify(string wording)
    {
        if (Equivalent().IsMatch(wording))
        {
            return EmployeeScope.FullTimeEquivalent;
        }

        if (FullAndPartTime().IsMatch(wording))
        {
            return EmployeeScope.FullTimeAndPartTime;
        }

        return FullTime().IsMatch(wording) ? EmployeeScope.FullTime : EmployeeScope.Employees;
    }

    [GeneratedRegex(@"full[-\s]?time[-\s]+equivalents?|\bFTEs?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Equivalent();

    // "full-time and part-time", "full- and part-time", "part-time and full-time", "full-time, part-time and seasonal".
    [GeneratedRegex(
        @"full(?:[-\s]?time)?[-\s,]*(?:(?:and|&|or)\s*)?part[-\s]?time|part(?:[-\s]?time)?[-\s,]*(?:(?:and|&|or)\s*)?full[-\s]?time",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FullAndPartTime();

    [GeneratedRegex(@"full[-\s]?time", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FullTime();
}
