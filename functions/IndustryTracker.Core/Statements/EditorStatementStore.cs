using Azure;
using Azure.Data.Tables;
using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Storage;

namespace IndustryTracker.Core.Statements;

/// <summary>The editor statements table: one partition per company, read whole by each recompute.</summary>
public sealed class EditorStatementStore(TrackerStorage storage)
{
    public async Task PutAsync(EditorStatement statement, CancellationToken cancellationToken) =>
        await storage.EditorStatements.UpsertEntityAsync(EditorStatementEntity.From(statement), TableUpdateMode.Replace, cancellationToken);

    public async Task<IReadOnlyList<EditorStatement>> ListAsync(string ticker, CancellationToken cancellationToken)
    {
        var rows = new List<EditorStatement>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ticker}");
        await foreach (var row in storage.EditorStatements.QueryAsync<EditorStatementEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row.ToStatement());
        }

        return rows.OrderBy(s => s.Date).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
    }

    /// <returns>False when there was no such statement.</returns>
    public async Task<bool> RemoveAsync(string ticker, string id, CancellationToken cancellationToken)
    {
        // The SDK's delete succeeds on a missing row; look first so a mistyped id is reported, not silently accepted.
        var key = TableKeys.Escape(id);
        var existing = await storage.EditorStatements.GetEntityIfExistsAsync<EditorStatementEntity>(ticker, key, select: ["RowKey"], cancellationToken);
        if (!existing.HasValue)
        {
            return false;
        }

        await storage.EditorStatements.DeleteEntityAsync(ticker, key, ETag.All, cancellationToken);
        return true;
    }
}

/// <summary>
/// Adds and removes editor statements: checks a request (the same rules as parsed figures, <see cref="Plausibility"/>),
/// stores it, and recomputes the company at once so its events show or drop the statement.
/// </summary>
public sealed class EditorStatements(EditorStatementStore store, CompanyCatalog catalog, FactReader facts, Pipeline.Recomputer recomputer, TimeProvider time)
{
    /// <returns>The stored statement, or the field at fault and why.</returns>
    public async Task<(EditorStatement? Added, (string Field, string Problem)? Refused)> AddAsync(EditorStatementRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (request.Problem(catalog, today) is { } problem)
        {
            return (null, problem);
        }

        var statement = request.ToStatement(catalog, now);
        // A reduction larger than the company's largest stated headcount is refused as it would be from a filing.
        var headcounts = await facts.HeadcountAsync(statement.Ticker, cancellationToken);
        var stated = headcounts.Count == 0 ? (long?)null : headcounts.Max(h => h.Employees);
        if (Plausibility.Check(statement.ToEvidence(), stated, today) is { } implausible)
        {
            return (null, ("count", implausible));
        }

        await store.PutAsync(statement, cancellationToken);
        await recomputer.RecomputeAsync(statement.Ticker, cancellationToken);
        return (statement, null);
    }

    public Task<IReadOnlyList<EditorStatement>> ListAsync(string ticker, CancellationToken cancellationToken) => store.ListAsync(ticker, cancellationToken);

    /// <returns>False when the company has no statement with that id.</returns>
    public async Task<bool> RemoveAsync(string ticker, string id, CancellationToken cancellationToken)
    {
        var company = catalog.Find(ticker);
        if (company is null || !await store.RemoveAsync(company.Ticker, id, cancellationToken))
        {
            return false;
        }

        await recomputer.RecomputeAsync(company.Ticker, cancellationToken);
        return true;
    }
}
