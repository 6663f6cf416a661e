using System.Net;
using IndustryTracker.Core.Fetching;
using IndustryTracker.Core.Http;
using Microsoft.AspNetCore.Http;

namespace IndustryTracker.Tests.Reliability;

/// <summary>`--record DIR`: the body streams into the replay layout and the caller reads the recorded copy.</summary>
public sealed class RecordingHandlerTests
{
    [Fact]
    public async Task Record_StreamsTheBodyToTheReplayLayoutAndServesTheRecordedCopy()
    {
        var body = Enumerable.Range(0, 3_000_000).Select(i => (byte)(i % 251)).ToArray();
        await using var server = await LoopbackServer.StartAsync((path, _) => path == "/filings/big.htm"
            ? Results.Bytes(body, "text/html; charset=utf-8")
            : Results.NotFound());
        var root = Directory.CreateTempSubdirectory("industrytracker-record-").FullName;
        try
        {
            using var http = new HttpClient(new RecordingHandler(root) { InnerHandler = new SocketsHttpHandler() });
            var url = new Uri(server.BaseUrl, "filings/big.htm");

            var fetched = await HttpFetch.GetAsync(http, url, Validators.None, maxBytes: 10_000_000, CancellationToken.None);
            var missing = await HttpFetch.GetAsync(http, new Uri(server.BaseUrl, "filings/absent.htm"), Validators.None, maxBytes: 10_000_000, CancellationToken.None);

            Assert.Equal(body, fetched.Body);
            Assert.Equal("text/html; charset=utf-8", fetched.ContentType);
            Assert.Equal(body, await File.ReadAllBytesAsync(ReplayPaths.FileFor(root, url)!));
            Assert.Equal(HttpStatusCode.NotFound, missing.Status);
            Assert.False(File.Exists(ReplayPaths.FileFor(root, new Uri(server.BaseUrl, "filings/absent.htm"))));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Record_BodyOverTheCap_IsRecordedButTheFetchStillFailsWithTheCap()
    {
        var body = new byte[2_000_000];
        await using var server = await LoopbackServer.StartAsync((_, _) => Results.Bytes(body, "application/octet-stream"));
        var root = Directory.CreateTempSubdirectory("industrytracker-record-").FullName;
        try
        {
            using var http = new HttpClient(new RecordingHandler(root) { InnerHandler = new SocketsHttpHandler() });

            var fetched = await HttpFetch.GetAsync(http, new Uri(server.BaseUrl, "x.htm"), Validators.None, maxBytes: 1_048_576, CancellationToken.None);

            Assert.Null(fetched.Body);
            Assert.Equal("response exceeds 1 MB", fetched.Error);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
