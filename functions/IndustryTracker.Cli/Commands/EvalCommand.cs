using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using IndustryTracker.Cli.Local;
using IndustryTracker.Cli.Output;
using IndustryTracker.Core.Evaluation;
using IndustryTracker.Core.Pipeline;

namespace IndustryTracker.Cli.Commands;

/// <summary>
/// `tracker eval --replay DIR --expected FILE`: one ingest cycle over a replay tree into a fresh in-memory Azurite of
/// its own (never the user's store, which a measurement must not touch nor be skewed by), then a score of the stored
/// headcounts, revenues and reductions against the expected values.
/// </summary>
public static class EvalCommand
{
    private static readonly Column<EvaluationScore>[] ScoreColumns =
    [
        new("kind", s => s.Kind), new("found", s => Text(s.Found)), new("wrong", s => Text(s.Wrong)),
        new("missed", s => Text(s.Missed)), new("unexpected", s => Text(s.Unexpected)),
    ];

    private static readonly Column<EvaluationItem>[] ItemColumns =
    [
        new("outcome", i => i.Outcome.ToString().ToLowerInvariant()), new("kind", i => i.Kind), new("company", i => i.Company),
        new("when", i => i.When), new("expected", i => i.Expected), new("got", i => i.Got), new("source", i => i.GotSource ?? i.ExpectedSource),
    ];

    public static Command Create(GlobalOptions global)
    {
        var expected = new Option<string>("--expected") { Description = "JSON file of expected values (see eval/expected-shared-fixtures.json)", Required = true };
        var format = SharedOptions.Format();
        var command = new Command("eval", "Run the pipeline on a replay tree (--replay DIR) in a fresh store and score headcounts, revenues and reductions against expected values") { expected, format };
        command.SetAction(async (parse, ct) =>
        {
            var replay = parse.GetValue(global.Replay);
            if (string.IsNullOrWhiteSpace(replay))
            {
                await Console.Error.WriteLineAsync("tracker eval needs --replay DIR: the documents to measure extraction on.");
                return CommandRunner.ConfigurationError;
            }

            if (!string.IsNullOrWhiteSpace(parse.GetValue(global.Storage)))
            {
                await Console.Error.WriteLineAsync("tracker eval runs in its own fresh store; drop --storage.");
                return CommandRunner.ConfigurationError;
            }

            ExpectedValues values;
            try
            {
                values = ExpectedValues.Load(parse.GetValue(expected)!);
            }
            catch (InvalidDataException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return CommandRunner.ConfigurationError;
            }

            var progress = new ConsoleProgress();
            progress.Report("Starting a fresh in-memory Azurite for the evaluation");
            await using var azurite = await AzuriteProcess.StartAsync(AzuritePorts.Free(), dataDirectory: null, progress, ct);
            var overrides = new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = azurite.ConnectionString,
                // Replay never reaches SEC: its fair-access limit protects no one here (the validator allows it in replay).
                ["Sec:MaxRequestsPerSecond"] = "1000",
            };
            return await CommandRunner.RunAsync(parse, global, async session =>
            {
                await session.Get<IngestCycle>().RunAsync(tickers: null, exportDirectory: null, progress, ct);
                var report = await session.Get<Evaluator>().EvaluateAsync(values, ct);
                Print(report, parse.GetValue(format));
                return 0;
            }, ct, collects: true, overrides: overrides);
        });
        return command;
    }

    private static void Print(EvaluationReport report, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                Console.Out.WriteLine(JsonSerializer.Serialize(report, EvaluationJson.Options));
                break;
            case OutputFormat.Csv:
                RowWriter.Write(Console.Out, report.Items, format, ItemColumns);
                break;
            default:
                RowWriter.Write(Console.Out, report.Scores, format, ScoreColumns);
                Console.Out.WriteLine();
                RowWriter.Write(Console.Out, report.Items, format, ItemColumns);
                break;
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
