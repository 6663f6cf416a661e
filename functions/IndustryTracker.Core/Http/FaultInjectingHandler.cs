using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace IndustryTracker.Core.Http;

/// <summary>
/// Sits on the replay handler (below every client's resilience pipeline) and answers a share of requests the way
/// misbehaving servers do: throttling with Retry-After, stalls, truncated bodies, a bot-block page with status 200,
/// a wrong media type. Which request gets which fault is decided by <see cref="FaultPlan"/>.
/// </summary>
public sealed class FaultInjectingHandler(FaultPlan plan, TimeProvider time) : DelegatingHandler
{
    // The page SEC serves when a client exceeds its fair-access rate; it often arrives with status 200.
    private const string BlockPage = """
        <!DOCTYPE html><html><head><title>SEC.gov | Request Rate Threshold Exceeded</title></head>
        <body><h1>Your Request Originates from an Undeclared Automated Tool</h1>
        <p>Request Rate Threshold Exceeded. Please declare your traffic by updating your user agent.</p></body></html>
        """;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The true answer first (a replay read, cheap), so a fault that damages a document only meets a document.
        var response = await base.SendAsync(request, cancellationToken);
        if (request.RequestUri is null || plan.Next(request.RequestUri, response.StatusCode == HttpStatusCode.OK) is not { } fault)
        {
            return response;
        }

        switch (fault.Kind)
        {
            case FaultKind.ServiceUnavailable or FaultKind.TooManyRequests:
                response.Dispose();
                var status = fault.Kind == FaultKind.ServiceUnavailable ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.TooManyRequests;
                var throttled = new HttpResponseMessage(status) { RequestMessage = request, Content = new StringContent("slow down") };
                throttled.Headers.RetryAfter = new RetryConditionHeaderValue(fault.RetryAfter);
                return throttled;
            case FaultKind.Stall:
                response.Dispose();
                // Held until the caller's attempt timeout cancels it, as a server that accepted and went silent.
                await Task.Delay(Timeout.InfiniteTimeSpan, time, cancellationToken);
                throw new OperationCanceledException(cancellationToken);
            case FaultKind.BlockPage:
                response.Dispose();
                return new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new StringContent(BlockPage, Encoding.UTF8, "text/html") };
            default:
                return await DamageAsync(fault.Kind, response, cancellationToken);
        }
    }

    private static async Task<HttpResponseMessage> DamageAsync(FaultKind kind, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        var content = kind == FaultKind.TruncatedBody ? new ByteArrayContent(bytes, 0, bytes.Length / 2) : new ByteArrayContent(bytes);
        content.Headers.LastModified = response.Content.Headers.LastModified;
        content.Headers.ContentType = kind == FaultKind.WrongContentType
            ? new MediaTypeHeaderValue(type.Contains("html", StringComparison.OrdinalIgnoreCase) ? "application/json" : "text/html")
            : response.Content.Headers.ContentType;
        if (kind == FaultKind.TruncatedBody)
        {
            content.Headers.ContentLength = bytes.Length;
        }

        // The replayed content streams from a file; release it now that its bytes have been copied.
        using var original = response.Content;
        response.Content = content;
        return response;
    }
}
