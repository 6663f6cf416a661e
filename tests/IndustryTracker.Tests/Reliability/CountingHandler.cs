namespace IndustryTracker.Tests.Reliability;

/// <summary>A stand-in network: answers through a callback and counts what reached it.</summary>
public sealed class CountingHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
{
    private int _calls;

    public int Calls => _calls;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        var response = answer(request);
        response.RequestMessage = request;
        return Task.FromResult(response);
    }
}
