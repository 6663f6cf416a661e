using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Storage;

namespace IndustryTracker.Core.Evaluation;

/// <summary>Reads what the pipeline stored for every tracked company and scores it against expected values.</summary>
public sealed class Evaluator(CompanyCatalog catalog, FactReader facts, LayoffStore layoffs)
{
    public async Task<EvaluationReport> EvaluateAsync(ExpectedValues expected, CancellationToken cancellationToken)
    {
        var stored = new List<StoredCompany>();
        foreach (var company in catalog.Companies)
        {
            stored.Add(new StoredCompany(
                company.Ticker,
                await facts.HeadcountAsync(company.Ticker, cancellationToken),
                await facts.FinancialsAsync(company.Ticker, cancellationToken),
                await layoffs.QueryAsync([company.Ticker], from: null, to: null, cancellationToken)));
        }

        return EvaluationScorer.Score(expected, stored);
    }
}
