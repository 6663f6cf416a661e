using Azure.Data.Tables;
using IndustryTracker.Core.Storage;
using Microsoft.Extensions.Logging;

namespace IndustryTracker.Core.Companies;

/// <summary>
/// The <c>companies</c> table: the companies added by ticker. Every run starts with <see cref="RefreshAsync"/>, so a
/// company added on any machine is collected by the next run everywhere, without a redeploy.
/// </summary>
public sealed partial class CompanyStore(TrackerStorage storage, CompanyCatalog catalog, ILogger<CompanyStore> logger)
{
    /// <summary>The tracked companies now: the seeds merged with the table, read fresh.</summary>
    public async Task<IReadOnlyList<Company>> TrackedAsync(CancellationToken cancellationToken)
    {
        await RefreshAsync(cancellationToken);
        return catalog.Companies;
    }

    /// <summary>
    /// Removes companies added by ticker (their stored facts stay; they are no longer collected). A seed cannot be
    /// removed here (it is in the companies file): removing an edited seed restores the file's entry.
    /// </summary>
    public async Task<CompanyChange> RemoveAsync(IReadOnlyList<string> tickers, CancellationToken cancellationToken)
    {
        var wanted = tickers.Select(t => t.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        await RefreshAsync(cancellationToken);
        var seeds = catalog.Seeds.Select(s => s.Ticker).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var problems = wanted.Count == 0 ? ["name at least one ticker"] : new List<string>();
        foreach (var ticker in wanted)
        {
            var tracked = catalog.Find(ticker);
            if (tracked is null)
            {
                problems.Add($"'{Shorten(ticker)}' is not a tracked company");
            }
            else if (tracked.Origin == CompanyOrigins.Seeds)
            {
                problems.Add($"{ticker} is in the companies file (Companies:File): remove it there");
            }
        }

        if (problems.Count > 0)
        {
            return CompanyChange.Invalid(problems);
        }

        var removed = new List<Company>();
        foreach (var ticker in wanted)
        {
            removed.Add(catalog.Find(ticker)!);
            await DeleteAsync(ticker, cancellationToken);
            Removed(logger, ticker, seeds.Contains(ticker));
        }

        await RefreshAsync(cancellationToken);
        return CompanyChange.Done(removed);
    }

    /// <summary>Reads the table and makes the catalog the seeds merged with it; one partition query.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken) => catalog.Merge(await ListAsync(cancellationToken));

    public async Task<IReadOnlyList<Company>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = new List<Company>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {CompanyEntity.Partition}");
        await foreach (var row in storage.Companies.QueryAsync<CompanyEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row.ToCompany());
        }

        return rows;
    }

    public Task SaveAsync(Company company, DateTimeOffset addedAt, CancellationToken cancellationToken) =>
        storage.Companies.UpsertEntityAsync(CompanyEntity.From(company, addedAt), TableUpdateMode.Replace, cancellationToken);

    /// <returns>Whether a row was there to delete.</returns>
    public async Task<bool> DeleteAsync(string ticker, CancellationToken cancellationToken)
    {
        var response = await storage.Companies.DeleteEntityAsync(CompanyEntity.Partition, TableKeys.Escape(ticker), Azure.ETag.All, cancellationToken);
        return response.Status != 404;
    }


    [LoggerMessage(Level = LogLevel.Information, Message = "Companies: removed {Ticker} (a seed restored to the companies file's entry: {WasSeed})")]
    private static partial void Removed(ILogger logger, string ticker, bool wasSeed);

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
