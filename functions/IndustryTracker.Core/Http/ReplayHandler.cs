using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.StaticFiles;

namespace IndustryTracker.Core.Http;

/// <summary>
/// Serves a replay directory in place of the network, so everything above the handler runs as in production.
/// A missing file is a 404. Answers conditional requests the way a real server does (ETag, Last-Modified, 304),
/// which keeps checkpoints honest in replay runs. Bodies stream from the file, with its length as Content-Length,
/// as a server's would: the size caps of the clients above apply to replayed answers exactly as to live ones.
/// </summary>
public sealed class ReplayHandler(IReadOnlyList<string> roots) : HttpMessageHandler
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private int _requests;

    public ReplayHandler(string root)
        : this([root])
    {
    }

    public int Requests => _requests;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(Respond(request));

    private HttpResponseMessage Respond(HttpRequestMessage request)
    {
        Interlocked.Increment(ref _requests);
        var path = request.RequestUri is null ? null : roots.Select(root => ReplayPaths.FileFor(root, request.RequestUri)).FirstOrDefault(File.Exists);
        if (path is null)
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request, Content = new StringContent("not in the replay directory") };
        }

        var info = new FileInfo(path);
        var lastModified = new DateTimeOffset(info.LastWriteTimeUtc.Ticks - (info.LastWriteTimeUtc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        var etag = new EntityTagHeaderValue(string.Create(CultureInfo.InvariantCulture, $"\"{info.Length:x}-{lastModified.ToUnixTimeSeconds():x}\""));
        if (IsNotModified(request, etag, lastModified))
        {
            var notModified = new HttpResponseMessage(HttpStatusCode.NotModified) { RequestMessage = request };
            notModified.Headers.ETag = etag;
            return notModified;
        }

        // The response owns the stream: disposing the response (as every caller does) closes the file.
        var content = new StreamContent(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 81_920, useAsync: true));
        content.Headers.ContentType = new MediaTypeHeaderValue(ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream");
        content.Headers.LastModified = lastModified;
        var response = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = content };
        response.Headers.ETag = etag;
        return response;
    }

    private static bool IsNotModified(HttpRequestMessage request, EntityTagHeaderValue etag, DateTimeOffset lastModified)
    {
        if (request.Headers.IfNoneMatch.Count > 0)
        {
            return request.Headers.IfNoneMatch.Any(t => t.Tag == etag.Tag);
        }

        return request.Headers.IfModifiedSince is { } since && lastModified <= since;
    }
}
