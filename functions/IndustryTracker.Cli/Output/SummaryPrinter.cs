using System.Globalization;
using IndustryTracker.Core.Pipeline;

namespace IndustryTracker.Cli.Output;

/// <summary>The per-source summary a cycle prints: requests, unchanged, new documents, facts, failures.</summary>
public static class SummaryPrinter
{
    public static void Print(TextWriter output, IngestSummary summary)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine("Ingest summary");
        foreach (var source in summary.Sources)
        {
            output.WriteLine(string.Create(c, $"  {source.Source,-10} requests {source.Requests,5}   unchanged {source.Unchanged,5}   new documents {source.NewDocuments,5}   failures {source.Failures.Count,4}   deferred {source.Deferred,4}"));
            foreach (var failure in source.Failures.Take(10))
            {
                output.WriteLine($"             failed: {failure}");
            }

            if (source.Failures.Count > 10)
            {
                output.WriteLine(string.Create(c, $"             … and {source.Failures.Count - 10} more (retried on a later run; see the documents table)"));
            }
        }

        output.WriteLine(string.Create(c, $"  normalize  documents {summary.Normalized.Succeeded,5}   facts written {summary.FactsWritten,6}   failed attempts {summary.Normalized.FailedAttempts,3}   quarantined {summary.Normalized.Poisoned,3}"));
        output.WriteLine(string.Create(c, $"  recompute  work items {summary.Recomputed.Succeeded,4}"));
        foreach (var dataset in summary.Export.Datasets)
        {
            output.WriteLine(string.Create(c, $"  export     {dataset.Name,-10} rows {dataset.Rows,5} → exports/{dataset.LatestBlob}, exports/{dataset.DatedBlob} (+ .parquet)"));
        }

        output.WriteLine(string.Create(c, $"  took {summary.Elapsed.TotalSeconds:0.0} s"));
    }
}
