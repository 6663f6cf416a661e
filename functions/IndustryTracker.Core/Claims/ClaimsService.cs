using IndustryTracker.Core.Api;
using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Storage;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Claims;

/// <summary>
/// The claims check as the API and the CLI call it: the claims file (read once), the stored facts of the tracked
/// companies it names (partition reads only), and the evaluator. Nothing it computes is stored. Claims never stop a
/// run: an invalid entry is left out, logged at start as a warning and listed among the verdicts; a claim about a
/// company that is not tracked (now: companies come and go by ticker) is <see cref="Verdicts.NotApplicable"/>.
/// </summary>
public sealed class ClaimsService(IOptions<ClaimsOptions> options, CompanyCatalog catalog, FactReader facts, LayoffStore layoffs, BenchmarkStore benchmarks)
{
    // No tickers: whether a company is tracked is decided at each evaluation, as companies are added and removed at run time.
    private readonly Lazy<ClaimsLoad> _load = new(() => ClaimsFile.Read(options.Value.File));

    /// <summary>The valid claims.</summary>
    public IReadOnlyList<Claim> Claims => _load.Value.Claims;

    /// <summary>What is wrong with the claims file: each invalid entry by position, id and field, or the file as a whole.</summary>
    public IReadOnlyList<string> Problems => _load.Value.Problems;

    /// <summary>Every valid claim's verdict on the facts stored now, in the file's order, then each invalid entry.</summary>
    public async Task<IReadOnlyList<ClaimVerdict>> EvaluateAsync(CancellationToken cancellationToken)
    {
        var tickers = ClaimEvaluator.Companies(Claims).Where(t => catalog.Find(t) is not null).ToList();
        var headcount = new List<HeadcountView>();
        foreach (var ticker in tickers)
        {
            headcount.AddRange((await facts.HeadcountAsync(ticker, cancellationToken)).Select(HeadcountView.From));
        }

        var events = await layoffs.QueryAsync(tickers, null, null, cancellationToken);
        var rows = await benchmarks.QueryAsync(tickers, null, null, cancellationToken);
        var verdicts = ClaimEvaluator.Evaluate(Claims, new ClaimFacts(headcount, events, rows), t => catalog.Find(t) is not null);
        return [.. verdicts, .. Problems.Select(ClaimEvaluator.InvalidEntry)];
    }
}
