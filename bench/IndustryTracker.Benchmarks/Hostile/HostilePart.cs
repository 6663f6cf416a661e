using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using IndustryTracker.Benchmarks.Report;
using IndustryTracker.Benchmarks.Support;
using IndustryTracker.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IndustryTracker.Benchmarks.Hostile;

/// <summary>
/// Part 6: ONE `tracker ingest --replay` over the recorded corpus plus <see cref="HostileOverlay"/> (every hostile input
/// of issue 13 at once), run as its own process so its peak working set is the CLI's alone: the kernel's high-water
/// mark (VmHWM in /proc/&lt;pid&gt;/status), read every 20 ms until the process exits. Then what became of each hostile
/// item, read from the store the run wrote (documents table: status and error; fact tables: any value of 9,999,999,999).
/// </summary>
public static class HostilePart
{
    public const string Name = "6. Hostile input";

    private const long Implausible = 9_999_999_999;

    public static string Note =>
        "Hostile input: one `tracker ingest --replay OVERLAY;CORPUS` (the built CLI as a child process, on the benchmark's in-memory Azurite) over ../shared/fixtures/replay plus an overlay the benchmark writes into a temp dir (`HostileOverlay`) with every hostile input of issue 13: (1) Meta's feed whose newest item links to a ~1,100-character URL, then an older legitimate article; (4) California EDD's report replaced by a workbook whose sharedStrings.xml inflates to ~1.5 GB; (5) an Amazon article announcing \"just over 9,999,999,999 roles\"; (6) a 100 MB response at Microsoft's FY2024 10-K URL (a 404 in the corpus); (10) a 10-K at Microsoft's FY2025 URL stating \"a workforce of 9,999,999,999 employees\". Peak working set is the child's VmHWM (the kernel's own peak RSS, so nothing between samples is missed, only a rise in the final 20 ms before exit could be). What happened to each item is read from the documents table (status, error) and the headcount and statements tables (any value of 9,999,999,999) after the run. Run it alone with `-- --hostile` (it replaces only this section of the report).";

    /// <param name="items">Issue rows in the overlay (default all); a subset is labelled in every row's name.</param>
    public static async Task<IReadOnlyList<Measurement>> RunAsync(BenchStorage storage, IReadOnlyCollection<int>? items = null)
    {
        var clock = Stopwatch.StartNew();
        using var overlay = new HostileOverlay(items);
        var part = overlay.Items.Count == HostileOverlay.AllItems.Count ? Name : $"{Name} (items {string.Join(", ", overlay.Items)} only)";
        var rows = new List<Measurement>();
        Console.Error.WriteLine($"Hostile overlay written in {clock.Elapsed.TotalSeconds:0.0} s: workbook {Megabytes(overlay.FileBytes(HostileOverlay.CaEddWorkbook)):0.00} MB (sharedStrings.xml {HostileOverlay.SharedStringsBytes / 1048576.0:#,0} MB inflated), filing {Megabytes(overlay.FileBytes(HostileOverlay.HugeFiling)):0} MB, long URL {HostileOverlay.LongUrl.AbsoluteUri.Length} chars");

        var settings = storage.Settings("hostile" + string.Concat(overlay.Items));
        settings["Replay:Directory"] = overlay.ReplayDirectories(BenchPaths.Replay);
        var run = await RunTrackerAsync(settings);
        // The hostile items fail and the corpus has real 404s: the run must complete every stage and say so with exit 4
        // ("completed with failures"), never stop (3) or crash (1).
        rows.Add(new Measurement(part, $"ingest exit code ({run.Elapsed.TotalSeconds:0.0} s; 4 = completed with failures)", run.ExitCode, null, "", Target.Exactly(4), run.ExitCode == 4 ? null : Quote(run.LastError)));
        rows.Add(new Measurement(part, "ingest peak working set (VmHWM of the tracker process)", run.PeakMegabytes, null, "MB", Target.AtMost(600)));

        using var host = await BenchStorage.StartHostAsync(settings);
        var tables = host.Services.GetRequiredService<TrackerStorage>();
        var documents = new List<DocumentRecord>();
        await foreach (var document in tables.Documents.QueryAsync<DocumentRecord>())
        {
            documents.Add(document);
        }

        var implausible = await ImplausibleValuesAsync(tables);
        if (overlay.Items.Contains(1))
        {
            rows.Add(Item(part, "(1) newest feed item: ~1,100-character URL", documents, d => d.Url.StartsWith(HostileOverlay.LongUrl.AbsoluteUri[..120], StringComparison.Ordinal), Target.None));
            rows.Add(Item(part, "(1) older legitimate article of the same feed", documents, d => d.Url == HostileOverlay.LegitimateArticle.AbsoluteUri, Target.AtLeast(1), countArchived: true));
        }

        if (overlay.Items.Contains(4))
        {
            rows.Add(Item(part, $"(4) CA EDD workbook ({Megabytes(overlay.FileBytes(HostileOverlay.CaEddWorkbook)):0.0} MB, sharedStrings.xml inflating to {HostileOverlay.SharedStringsBytes / 1048576.0:#,0} MB)", documents, d => d.Url == HostileOverlay.CaEddWorkbook.AbsoluteUri, Target.None));
        }

        if (overlay.Items.Contains(5))
        {
            rows.Add(Item(part, "(5) article: \"just over 9,999,999,999 roles\"", documents, d => d.Url == HostileOverlay.ImplausibleArticle.AbsoluteUri, Target.None));
        }

        if (overlay.Items.Contains(6))
        {
            rows.Add(Item(part, $"(6) {Megabytes(HostileOverlay.HugeFilingBytes):0} MB response at a 10-K's URL", documents, d => d.Url == HostileOverlay.HugeFiling.AbsoluteUri, Target.None));
        }

        if (overlay.Items.Contains(10))
        {
            rows.Add(Item(part, "(10) 10-K: \"a workforce of 9,999,999,999 employees\"", documents, d => d.Url == HostileOverlay.ImplausibleFiling.AbsoluteUri, Target.None));
        }

        rows.Add(new Measurement(part, "(5)+(10) stored values of 9,999,999,999 (headcount, statements, layoffs)", implausible.Count, null, "values", Target.AtMost(0),
            implausible.Count == 0 ? null : string.Join("; ", implausible.Take(4))));
        rows.Add(new Measurement(part, "whole run: documents archived or normalized (corpus alone: 12 first run)", documents.Count(d => d.Status is DocumentStatus.Archived or DocumentStatus.Normalized), null, "documents", Target.None,
            $"CLI summary: {string.Join(" | ", run.Summary)}"));
        return rows;
    }

    /// <summary>One row per hostile item: how many document records it left and, in the note, their status and error.</summary>
    private static Measurement Item(string part, string name, List<DocumentRecord> documents, Func<DocumentRecord, bool> match, Target target, bool countArchived = false)
    {
        var found = documents.Where(match).ToList();
        var note = found.Count == 0
            ? "no document record (never fetched, or the run stopped first)"
            : string.Join("; ", found.Select(d => $"{d.Status}{(d.FactsWritten is { } f ? $", {f} facts" : "")}{(d.Error is { Length: > 0 } e ? $": {Quote(e)}" : "")}"));
        var measured = countArchived ? found.Count(d => d.Status is DocumentStatus.Archived or DocumentStatus.Normalized) : found.Count;
        return new Measurement(part, name, measured, null, countArchived ? "archived" : "records", target, note);
    }

    private static async Task<List<string>> ImplausibleValuesAsync(TrackerStorage tables)
    {
        var found = new List<string>();
        foreach (var table in new[] { tables.Headcount, tables.Statements, tables.Layoffs })
        {
            await foreach (var entity in table.QueryAsync<TableEntity>())
            {
                foreach (var (key, value) in entity)
                {
                    if (value is long or int or double && Convert.ToDouble(value, CultureInfo.InvariantCulture) >= Implausible)
                    {
                        found.Add($"{table.Name} {entity.PartitionKey}/{entity.RowKey} {key}={Convert.ToDouble(value, CultureInfo.InvariantCulture):#,0}");
                    }
                }
            }
        }

        return found;
    }

    private sealed record TrackerRun(int ExitCode, double PeakMegabytes, TimeSpan Elapsed, IReadOnlyList<string> Summary, string LastError);

    /// <summary>The built CLI (copied beside the benchmark by its project reference) as a child process, its peak read from /proc.</summary>
    private static async Task<TrackerRun> RunTrackerAsync(Dictionary<string, string?> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = BenchPaths.RepoRoot,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tracker.dll"));
        start.ArgumentList.Add("ingest");
        foreach (var key in new[] { "AzureWebJobsStorage", "Sec__UserAgent" })
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var status = $"/proc/{process.Id}/status";
        long peakKb = 0;
        // Bounded: the run is given 15 minutes (the replay ingest takes well under one).
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        while (!process.HasExited && !limit.IsCancellationRequested)
        {
            peakKb = Math.Max(peakKb, ReadHighWaterMarkKb(status));
            await Task.Delay(20, CancellationToken.None);
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync(CancellationToken.None);
        var elapsed = clock.Elapsed;
        var output = await stdout;
        var errors = await stderr;
        var summary = output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("sec ", StringComparison.Ordinal) || l.StartsWith("warn ", StringComparison.Ordinal) || l.StartsWith("newsroom ", StringComparison.Ordinal) || l.StartsWith("normalize ", StringComparison.Ordinal))
            .Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();
        var lastError = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => !l.StartsWith("  ·", StringComparison.Ordinal)) ?? "";
        Console.Error.WriteLine($"tracker ingest exited {process.ExitCode} after {elapsed.TotalSeconds:0.0} s, VmHWM {peakKb / 1024.0:0} MB");
        Console.Error.WriteLine(output);
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine(errors[^Math.Min(errors.Length, 4000)..]);
        }

        return new TrackerRun(process.ExitCode, peakKb / 1024.0, elapsed, summary, lastError);
    }

    private static long ReadHighWaterMarkKb(string statusPath)
    {
        try
        {
            var line = File.ReadLines(statusPath).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0; // the process exited between the check and the read
        }
    }

    private static double Megabytes(long bytes) => bytes / 1048576.0;

    /// <summary>Errors go into a Markdown table cell: one line, no pipes, at most 200 characters.</summary>
    private static string Quote(string text)
    {
        var line = text.ReplaceLineEndings(" ").Replace("|", "/", StringComparison.Ordinal);
        return line.Length <= 200 ? line : line[..200] + "…";
    }
}
