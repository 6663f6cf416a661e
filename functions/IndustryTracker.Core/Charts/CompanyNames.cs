namespace IndustryTracker.Core.Charts;

/// <summary>Company names as a legend reads them: "Meta Platforms", not "Meta Platforms, Inc.".</summary>
internal static class CompanyNames
{
    private static readonly string[] Suffixes = [", Inc.", " Inc.", ", Inc", " Corporation", " Corp.", ".com"];

    public static string Short(string name)
    {
        var shorter = name.Trim();
        // Strip repeatedly: "Amazon.com, Inc." loses ", Inc." and then ".com".
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var suffix in Suffixes)
            {
                if (shorter.Length > suffix.Length && shorter.EndsWith(suffix, StringComparison.Ordinal))
                {
                    shorter = shorter[..^suffix.Length].TrimEnd();
                    changed = true;
                }
            }
        }

        return shorter;
    }
}
