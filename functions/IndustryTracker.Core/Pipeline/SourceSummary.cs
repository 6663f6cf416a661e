namespace IndustryTracker.Core.Pipeline;

/// <summary>What one collection run of a source did. Thread-safe counters: documents are fetched in parallel.</summary>
public sealed class SourceSummary(string source)
{
    private readonly List<string> _failures = [];
    private int _requests;
    private int _unchanged;
    private int _newDocuments;
    private int _deferred;

    public string Source { get; } = source;
    public int Requests => _requests;
    public int Unchanged => _unchanged;
    public int NewDocuments => _newDocuments;

    /// <summary>Failed documents not retried this run because their retry time has not come.</summary>
    public int Deferred => _deferred;

    public IReadOnlyList<string> Failures
    {
        get
        {
            lock (_failures)
            {
                return [.. _failures];
            }
        }
    }

    public void AddRequest() => Interlocked.Increment(ref _requests);
    public void AddUnchanged() => Interlocked.Increment(ref _unchanged);
    public void AddNewDocument() => Interlocked.Increment(ref _newDocuments);
    public void AddDeferred() => Interlocked.Increment(ref _deferred);

    /// <summary>The newest source date among the documents this run archived (filing, notice or article date).</summary>
    public DateOnly? NewestDocument { get; private set; }

    public void SawDocument(DateOnly? date)
    {
        lock (_failures)
        {
            if (date > NewestDocument || NewestDocument is null)
            {
                NewestDocument = date;
            }
        }
    }

    public void AddFailure(string detail)
    {
        lock (_failures)
        {
            _failures.Add(detail);
        }
    }
}
