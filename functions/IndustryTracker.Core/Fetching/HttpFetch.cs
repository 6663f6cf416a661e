using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Authentication;

namespace IndustryTracker.Core.Fetching;

/// <summary>
/// One GET, conditional when we hold validators, with the outcome as a value. Every source's typed client calls
/// this, so not-modified, HTTP errors and exhausted retries look the same to every collector.
/// The body is read as it streams and never beyond <c>maxBytes</c>: a response that is bigger is a failed fetch
/// ("response exceeds N MB") without the rest of it ever being read, so one hostile answer cannot cost the memory
/// of the whole run.
/// </summary>
public static class HttpFetch
{
    private const int ChunkSize = 81_920;

    public static async Task<FetchResult> GetAsync(HttpClient http, Uri url, Validators validators, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (validators.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }
        else if (validators.LastModified is { } since)
        {
            request.Headers.IfModifiedSince = since;
        }

        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FetchResult(url, response.StatusCode, null, null, response.Headers.ETag?.ToString(), null, null);
            }

            if (!response.IsSuccessStatusCode)
            {
                return new FetchResult(url, response.StatusCode, null, null, null, null, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            var declared = response.Content.Headers.ContentLength;
            if (declared > maxBytes)
            {
                return new FetchResult(url, response.StatusCode, null, null, null, null, TooLarge(maxBytes));
            }

            var body = await ReadCappedAsync(response.Content, declared, maxBytes, cancellationToken);
            if (body is null)
            {
                return new FetchResult(url, response.StatusCode, null, null, null, null, TooLarge(maxBytes));
            }

            if (declared is { } length && length != body.Length)
            {
                // A connection cut mid-body can still hand over what arrived; a partial document is a failed fetch.
                return new FetchResult(url, response.StatusCode, null, null, null, null, $"truncated body: {body.Length} of {length} bytes");
            }

            return new FetchResult(
                url,
                response.StatusCode,
                body,
                response.Content.Headers.ContentType?.ToString(),
                response.Headers.ETag?.ToString(),
                response.Content.Headers.LastModified,
                null);
        }
        catch (Exception ex) when (IsNetworkFailure(ex, cancellationToken))
        {
            // One document's failure is recorded and retried later; it must not stop the others.
            return new FetchResult(url, 0, null, null, null, null, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>The message a capped response is recorded with.</summary>
    public static string TooLarge(long maxBytes) =>
        string.Create(CultureInfo.InvariantCulture, $"response exceeds {maxBytes / (1024.0 * 1024.0):0.##} MB");

    /// <summary>
    /// Every way the network can fail one request — DNS, refused, reset, TLS, timeout, an exhausted retry pipeline —
    /// is that request's failure. Only our own cancellation (the run is stopping) still propagates.
    /// </summary>
    private static bool IsNetworkFailure(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        HttpRequestException or IOException or SocketException or AuthenticationException or TimeoutException => true,
        Polly.Timeout.TimeoutRejectedException or Polly.RateLimiting.RateLimiterRejectedException or Polly.CircuitBreaker.BrokenCircuitException => true,
        // HttpClient reports its own timeout as a cancellation that nobody asked for.
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>The body, or null as soon as it is known to exceed <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, long? declared, long maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        // A declared length (already checked against the cap) sizes the buffer once; otherwise it grows as bytes come.
        using var buffer = new MemoryStream(declared is { } length ? (int)length : ChunkSize);
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }
}
