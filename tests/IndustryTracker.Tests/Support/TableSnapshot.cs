using System.Globalization;
using Azure.Data.Tables;

namespace IndustryTracker.Tests.Support;

/// <summary>A table's contents as sorted text lines, for comparing two stores or two moments.</summary>
public static class TableSnapshot
{
    public static async Task<List<string>> TakeAsync(TableClient table, bool withTimestamps = false)
    {
        var lines = new List<string>();
        await foreach (var entity in table.QueryAsync<TableEntity>())
        {
            var properties = entity
                .Where(p => p.Key != "odata.etag" && (withTimestamps || p.Key != "Timestamp"))
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => $"{p.Key}={Convert.ToString(p.Value, CultureInfo.InvariantCulture)}");
            lines.Add(string.Join(" | ", properties));
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
