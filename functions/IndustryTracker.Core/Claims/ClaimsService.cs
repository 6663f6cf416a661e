using IndustryTracker.Core.Api;
using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Storage;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Claims;

/// <summary>
/// The claims check as the API and the CLI call it: the claims file (loaded and validated once), the stored facts of
/// the companies it names (partition reads only), and the evaluator. Nothing it computes is stored.
/// </summary>
public sealed class ClaimsService(IOptions<ClaimsOptions> options, CompanyCatalog catalog, FactReader facts, LayoffStore layoffs, BenchmarkStore benchmarks)
{
    private readonly Lazy<IReadOnlyList<Claim>> _claims = new(() =>
        ClaimsFile.Load(options.Value.File, catalog.Companies.Select(c => c.Ticker).ToHashSet(StringComparer.OrdinalIgnoreCase)));

    /// <summary>The claims as loaded; throws <see cref="InvalidOperationException"/> naming the entry and field when the file is invalid.</summary>
    public IReadOnlyList<Claim> Claims => _claims.Value;

    /// <summary>Every claim's verdict on the facts stored now, in the file's order.</summary>
    public async Task<IReadOnlyList<ClaimVerdict>> EvaluateAsync(CancellationToken cancellationToken)
    {
        var tickers = ClaimEvaluator.Companies(Claims);
        var headcount = new List<HeadcountView>();
        foreach (var ticker in tickers)
        {
            headcount.AddRange((await facts.HeadcountAsync(ticker, cancellationToken)).Select(HeadcountView.From));
        }

        var events = await layoffs.QueryAsync(tickers, null, null, cancellationToken);
        var rows = await benchmarks.QueryAsync(tickers, null, null, cancellationToken);
        return ClaimEvaluator.Evaluate(Claims, new ClaimFacts(headcount, events, rows));
    }
}
