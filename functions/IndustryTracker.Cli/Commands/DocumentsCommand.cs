using System.CommandLine;
using System.Globalization;
using IndustryTracker.Cli.Output;
using IndustryTracker.Core.Storage;

namespace IndustryTracker.Cli.Commands;

/// <summary>
/// The documents registry: what was collected and what happened to each. <c>--rejected</c> lists the documents whose
/// figures were refused as implausible, with the reasons, so a refused figure can be checked by a person.
/// </summary>
public static class DocumentsCommand
{
    private static readonly Column<DocumentRow>[] Columns =
    [
        new("ticker", r => r.Ticker), new("kind", r => r.Kind), new("status", r => r.Status), new("url", r => r.Url),
        new("rejections", r => r.RejectionCount.ToString(CultureInfo.InvariantCulture)), new("reasons", r => string.Join(" | ", r.Rejections)),
        new("error", r => r.Error),
    ];

    public static Command Create(GlobalOptions global)
    {
        var rejected = new Option<bool>("--rejected") { Description = "Only documents with figures refused as implausible, with the reasons" };
        var company = SharedOptions.Company();
        var format = SharedOptions.Format();
        var command = new Command("documents", "List collected documents and their status") { rejected, company, format };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, global, async session =>
        {
            var records = await session.Get<DocumentRegistry>().ListAsync(parse.GetValue(rejected), CommandRunner.Tickers(parse, company), ct);
            RowWriter.Write(Console.Out, records.Select(DocumentRow.From).ToList(), parse.GetValue(format), Columns);
            return 0;
        }, ct));
        return command;
    }

    /// <summary>One document as listed (and as its JSON object).</summary>
    public sealed record DocumentRow(string Ticker, string Kind, string Status, string Url, int RejectionCount, IReadOnlyList<string> Rejections, string? Error)
    {
        public static DocumentRow From(DocumentRecord r) =>
            new(r.PartitionKey, r.Kind, r.Status, r.Url, r.RejectionCount ?? 0, RejectionText.Lines(r.Rejections), string.IsNullOrEmpty(r.Error) ? null : r.Error);
    }
}
