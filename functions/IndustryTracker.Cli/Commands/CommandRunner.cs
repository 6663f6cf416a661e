using System.CommandLine;
using Azure;
using IndustryTracker.Cli.Output;
using IndustryTracker.Core.Pipeline;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Cli.Commands;

/// <summary>
/// Runs a command inside a session and turns the ways a run can fail to happen at all into a clear message
/// and an exit code: 2 for configuration, 3 for unreachable storage. Document-level failures are not these: the
/// cycle still runs every step, reports them in the summary and exits <see cref="CompletedWithFailures"/>.
/// </summary>
public static class CommandRunner
{
    public const int ConfigurationError = 2;
    public const int StorageUnreachable = 3;

    /// <summary>Every step ran, but some documents failed (each is recorded with its reason and retried later).</summary>
    public const int CompletedWithFailures = 4;

    /// <summary>The exit code of a finished ingest cycle.</summary>
    public static int ExitCodeOf(IngestSummary summary) => summary.HasFailures ? CompletedWithFailures : 0;

    public static async Task<int> RunAsync(ParseResult parse, GlobalOptions options, Func<TrackerSession, Task<int>> body, CancellationToken cancellationToken, bool collects = false, Func<Microsoft.AspNetCore.Builder.WebApplicationBuilder, Microsoft.AspNetCore.Builder.WebApplication>? web = null, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        try
        {
            await using var session = await TrackerSession.StartAsync(parse, options, new ConsoleProgress(), cancellationToken, collects, web, overrides);
            return await body(session);
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync($"Configuration error: {string.Join(" ", ex.Failures)}");
            return ConfigurationError;
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0 && ex.InnerExceptions.All(e => e is OptionsValidationException))
        {
            // One invalid setting can fail several option types at start (a source's HTTP resilience options read its
            // settings too): still a configuration error, each failure said once.
            var failures = ex.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures).Distinct(StringComparer.Ordinal);
            await Console.Error.WriteLineAsync($"Configuration error: {string.Join(" ", failures)}");
            return ConfigurationError;
        }
        catch (InvalidOperationException ex) when (ex.InnerException is null or OptionsValidationException)
        {
            await Console.Error.WriteLineAsync($"Cannot run: {ex.Message}");
            return ConfigurationError;
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or AggregateException or FormatException)
        {
            // Azure SDK messages can include the request URL but never the account key; keep it to the first line.
            await Console.Error.WriteLineAsync($"Storage unreachable or refused the request: {ex.Message.Split('\n')[0]}");
            return StorageUnreachable;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 130;
        }
    }

    public static HashSet<string>? Tickers(ParseResult parse, Option<string[]> option)
    {
        var values = parse.GetValue(option);
        return values is null || values.Length == 0 ? null : values.Select(v => v.ToUpperInvariant()).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
