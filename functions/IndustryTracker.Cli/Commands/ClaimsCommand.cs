using System.CommandLine;
using System.Text.Json;
using IndustryTracker.Cli.Output;
using IndustryTracker.Core.Claims;

namespace IndustryTracker.Cli.Commands;

public static class ClaimsCommand
{
    private static readonly Column<ClaimVerdict>[] Columns =
    [
        new("id", v => v.Id), new("verdict", v => v.Verdict), new("claim", v => v.Text), new("explanation", v => v.Explanation),
    ];

    public static Command Create(GlobalOptions global)
    {
        var format = SharedOptions.Format();
        var command = new Command("claims", "Check the claims in seeds/claims.json against the stored facts (the same as GET /api/claims)") { format };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, global, async session =>
        {
            var verdicts = await session.Get<ClaimsService>().EvaluateAsync(ct);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Console.WriteLine(JsonSerializer.Serialize(verdicts, RowWriter.Json));
            }
            else
            {
                RowWriter.Write(Console.Out, verdicts, parse.GetValue(format), Columns);
            }

            return 0;
        }, ct));
        return command;
    }
}
