using System.Text.RegularExpressions;

namespace IndustryTracker.Core.Sources.Warn;

/// <summary>A column map resolved against one file's header: for each field, the indexes of its headers present, in map order.</summary>
internal sealed partial class WarnHeaderIndex
{
    private readonly Dictionary<string, int[]> _byField;

    private WarnHeaderIndex(Dictionary<string, int[]> byField) => _byField = byField;

    /// <summary>The indexes of <paramref name="field"/>'s columns; empty when the map or the file lacks it.</summary>
    public IReadOnlyList<int> this[string field] => _byField.GetValueOrDefault(field) ?? [];

    /// <exception cref="FormatException">A required field has none of its headers in the file.</exception>
    public static WarnHeaderIndex Resolve(WarnColumnMap map, IReadOnlyList<string> headers) =>
        TryResolve(map, headers, out var index, out var missing)
            ? index
            : throw new FormatException(
                $"{map.State} WARN file has no {missing.Field} column: none of the headers {Quote(missing.Column)} is present.");

    public static bool TryResolve(
        WarnColumnMap map, IReadOnlyList<string> headers, out WarnHeaderIndex index, out (string Field, WarnColumn Column) missing)
    {
        // First occurrence wins; TX pads its header with thousands of empty names, which are skipped here once.
        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headers.Count; i++)
        {
            var name = Normalize(headers[i]);
            if (name.Length > 0)
            {
                positions.TryAdd(name, i);
            }
        }

        var byField = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (field, column) in map.Fields())
        {
            var found = column.Headers.Select(h => positions.GetValueOrDefault(Normalize(h), -1)).Where(i => i >= 0).Distinct().ToArray();
            if (found.Length == 0 && !column.Optional)
            {
                index = new WarnHeaderIndex([]);
                missing = (field, column);
                return false;
            }

            byField[field] = found;
        }

        index = new WarnHeaderIndex(byField);
        missing = default;
        return true;
    }

    // Spreadsheet headers wrap inside cells ("No. Of\nEmployees"); compare them with whitespace collapsed.
    private static string Normalize(string? header) => Whitespace().Replace(header ?? "", " ").Trim();

    private static string Quote(WarnColumn column) => string.Join(", ", column.Headers.Select(h => $"'{h}'"));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
