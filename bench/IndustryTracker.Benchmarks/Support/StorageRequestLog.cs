using System.Collections.Concurrent;
using System.Diagnostics;

namespace IndustryTracker.Benchmarks.Support;

/// <summary>
/// Every HTTP request this process sends while recording, with its full URL, seen through .NET's own HTTP diagnostic
/// events (the Azure SDK sends through HttpClient). Nothing in the app is wrapped or changed to observe it.
/// </summary>
public sealed class StorageRequestLog : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly IDisposable _subscription;
    private readonly List<IDisposable> _listeners = [];
    private readonly ConcurrentQueue<(string Method, Uri Url)> _requests = new();
    private volatile bool _recording;

    public StorageRequestLog() => _subscription = DiagnosticListener.AllListeners.Subscribe(this);

    public IDisposable Record()
    {
        _requests.Clear();
        _recording = true;
        return new Stop(this);
    }

    public IReadOnlyList<(string Method, Uri Url)> Requests => [.. _requests];

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == "HttpHandlerDiagnosticListener")
        {
            lock (_listeners)
            {
                _listeners.Add(value.Subscribe(this, name => name == "System.Net.Http.Request"));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (_recording && value.Value?.GetType().GetProperty("Request")?.GetValue(value.Value) is HttpRequestMessage { RequestUri: { } url } request)
        {
            _requests.Enqueue((request.Method.Method, url));
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted() { }

    void IObserver<DiagnosticListener>.OnError(Exception error) { }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }

    public void Dispose()
    {
        _subscription.Dispose();
        lock (_listeners)
        {
            _listeners.ForEach(l => l.Dispose());
        }
    }

    private sealed class Stop(StorageRequestLog log) : IDisposable
    {
        public void Dispose() => log._recording = false;
    }
}
