using IndustryTracker.Core.Api;
using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Storage;
using IndustryTracker.Core.Storage.Entities;

namespace IndustryTracker.Core.Exports;

/// <summary>
/// Reads every dataset's rows from the stores (partition queries per tracked company, never a scan) and renders
/// them, with each dataset's newest source date computed as its <see cref="IExportDataset.NewestSourceDateRule"/> says.
/// </summary>
public sealed class ExportSources(CompanyCatalog catalog, CompanyStore companies, BenchmarkStore benchmarks, LayoffStore layoffs, WarnStore warn, FactReader facts)
{
    public async Task<IReadOnlyList<DatasetContent>> RenderAsync(CancellationToken cancellationToken)
    {
        await companies.RefreshAsync(cancellationToken);
        var tickers = catalog.Companies.Select(c => c.Ticker).ToList();
        var headcount = new List<HeadcountEntity>();
        var financials = new List<FinancialEntity>();
        foreach (var ticker in tickers)
        {
            headcount.AddRange(await facts.HeadcountAsync(ticker, cancellationToken));
            financials.AddRange(await facts.FinancialsAsync(ticker, cancellationToken));
        }

        var events = await layoffs.QueryAsync(tickers, null, null, cancellationToken);
        var notices = await warn.QueryAsync([.. tickers, WarnEntity.Unmatched], null, null, null, cancellationToken);

        var headcountNewest = ExportDates.Newest(headcount.Select(h => ExportDates.Parse(h.FilingDate)));
        var financialsNewest = ExportDates.Newest(financials.Select(f => ExportDates.Parse(f.Filed)));
        var layoffsNewest = ExportDates.Newest(events.SelectMany(e => e.Sources.Select(s => s.Date).Concat(e.Warn.Select(w => w.Received))).Select(ExportDates.Parse));
        var warnNewest = ExportDates.Newest(notices.Select(n => ExportDates.Parse(n.Received)));
        var benchmarksNewest = ExportDates.Newest([headcountNewest, financialsNewest, layoffsNewest]);

        return
        [
            await DatasetContent.RenderAsync(BenchmarkCsv.Dataset, await benchmarks.QueryAsync(tickers, null, null, cancellationToken), benchmarksNewest, cancellationToken),
            await DatasetContent.RenderAsync(LayoffCsv.Dataset, events, layoffsNewest, cancellationToken),
            await DatasetContent.RenderAsync(WarnCsv.Dataset, notices, warnNewest, cancellationToken),
            await DatasetContent.RenderAsync(HeadcountCsv.Dataset, headcount.Select(HeadcountView.From).ToList(), headcountNewest, cancellationToken),
            await DatasetContent.RenderAsync(FinancialCsv.Dataset, financials.Select(FinancialView.From).ToList(), financialsNewest, cancellationToken),
        ];
    }
}
