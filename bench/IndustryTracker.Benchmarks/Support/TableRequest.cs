using System.Text.RegularExpressions;

namespace IndustryTracker.Benchmarks.Support;

/// <summary>
/// What a Table service request reads, from its URL alone: a point read (PartitionKey and RowKey in the path), a
/// partition query (a $filter that pins PartitionKey), a scan (a query with neither), or a write.
/// </summary>
public sealed partial record TableRequest(string Table, string Kind, string? Partition, string? Row = null)
{
    public const string Point = "point";
    public const string PartitionQuery = "partition query";
    public const string Scan = "scan";
    public const string Write = "write";

    public static TableRequest? From(string method, Uri url)
    {
        var path = Uri.UnescapeDataString(url.AbsolutePath);
        if (path.EndsWith("/Tables", StringComparison.Ordinal))
        {
            // Creating or listing tables (a host's start), not a read or write of entities.
            return null;
        }

        if (path.EndsWith("/$batch", StringComparison.Ordinal))
        {
            // An entity group transaction: one partition by the service's rules, named only in the body.
            return new TableRequest("$batch", Write, null);
        }

        var match = EntityPath().Match(path);
        if (!match.Success)
        {
            return null;
        }

        var table = match.Groups["table"].Value;
        if (method != "GET")
        {
            return new TableRequest(table, Write, match.Groups["pk"].Success ? match.Groups["pk"].Value : null);
        }

        if (match.Groups["pk"].Success)
        {
            return new TableRequest(table, Point, match.Groups["pk"].Value, match.Groups["rk"].Value);
        }

        var filter = Uri.UnescapeDataString(url.Query.Replace('+', ' '));
        var partition = PartitionFilter().Match(filter);
        return partition.Success ? new TableRequest(table, PartitionQuery, partition.Groups["pk"].Value) : new TableRequest(table, Scan, null);
    }

    [GeneratedRegex(@"/(?<table>[A-Za-z0-9]+)(\(\)|\(PartitionKey='(?<pk>[^']*)',RowKey='(?<rk>[^']*)'\))?$")]
    private static partial Regex EntityPath();

    [GeneratedRegex(@"\$filter=\(?PartitionKey eq '(?<pk>[^']*)'")]
    private static partial Regex PartitionFilter();
}
