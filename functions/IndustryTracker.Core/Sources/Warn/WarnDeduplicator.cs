using System.Globalization;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Sources.Warn;

/// <summary>
/// Collapses repeated WARN rows into one notice each. Notices are taken oldest received first (input order within a
/// date), and two rules apply:
/// <list type="number">
/// <item>Exact duplicates — same state, employer, site, location, received date, workers and effective date (text
/// compared ignoring case and spacing) — become one; the later row's data is kept, unless only the earlier one is an
/// amendment. The effective date is part of the key because Oregon lists each layoff phase of one notice as its own row,
/// often with equal counts; rows whose worker count or received date is unknown are never duplicates (nothing to compare).</item>
/// <item>An amendment (<see cref="WarnNotice.Amendment"/>) replaces the most recent notice received on or before it
/// for the same state, employer, site and location, whatever its count and dates; its data, flagged as an amendment,
/// is kept. An amendment with no such notice stands alone.</item>
/// </list>
/// The result keeps the input order of each notice's first row.
/// </summary>
public static class WarnDeduplicator
{
    public static IReadOnlyList<WarnNotice> Collapse(IEnumerable<WarnNotice> notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        var ordered = notices
            .Select((notice, position) => (Notice: notice, Position: position))
            .OrderBy(n => n.Notice.Received ?? DateOnly.MinValue)
            .ThenBy(n => n.Position);

        var winners = new List<WarnNotice>();
        var firstPositions = new List<int>();
        var byExact = new Dictionary<string, int>(StringComparer.Ordinal);
        var byPlace = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (notice, position) in ordered)
        {
            var place = PlaceKey(notice);
            var exact = notice.Workers is null || notice.Received is null
                ? null
                : string.Create(CultureInfo.InvariantCulture, $"{place}\u001f{notice.Received:yyyy-MM-dd}\u001f{notice.Workers}\u001f{notice.Effective:yyyy-MM-dd}");
            var group = notice.Amendment && byPlace.TryGetValue(place, out var original) ? original
                : exact is not null && byExact.TryGetValue(exact, out var duplicate) ? duplicate
                : -1;

            if (group < 0)
            {
                group = winners.Count;
                winners.Add(notice);
                firstPositions.Add(position);
            }
            else if (notice.Amendment || !winners[group].Amendment)
            {
                winners[group] = notice;
            }

            if (exact is not null)
            {
                byExact[exact] = group;
            }

            byPlace[place] = group;
        }

        return [.. Enumerable.Range(0, winners.Count).OrderBy(g => firstPositions[g]).Select(g => winners[g])];
    }

    private static string PlaceKey(WarnNotice n) =>
        string.Join('\u001f', n.State, Key(n.Employer), Key(n.Site), Key(n.Location)).ToUpperInvariant();

    private static string Key(string? text) => string.Join(' ', (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
