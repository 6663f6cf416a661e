using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Sources.Warn;

/// <summary>
/// Reads the free-text type cells states publish: "Layoff Permanent" (CA), "Closure" + "Temporary" (WA),
/// "Permanent closure" / "Reduction" / "Temporary Layoff" (OR), "ClosureLayoff" / "Permanent Reduction" (VA).
/// </summary>
internal static class WarnNoticeTypes
{
    /// <summary>A cell naming a closure is a Closure even when it also says layoff: the notice closes at least part of a site.</summary>
    public static WarnNoticeKind Kind(string? text) =>
        text is null ? WarnNoticeKind.Unknown
        : Has(text, "closure") || Has(text, "closing") ? WarnNoticeKind.Closure
        : Has(text, "layoff") || Has(text, "lay off") || Has(text, "reduction") ? WarnNoticeKind.Layoff
        : WarnNoticeKind.Unknown;

    /// <summary>Null when the cell says neither (CA's "Unknown at this time", OR's "Reduction").</summary>
    public static bool? Temporary(string? text) =>
        text is null ? null
        : Has(text, "temporary") ? true
        : Has(text, "permanent") ? false
        : null;

    public static bool Amendment(string? text) => text is not null && Has(text, "amend");

    private static bool Has(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);
}
