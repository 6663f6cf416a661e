using System.Net;
using System.Net.Sockets;
using System.Text;
using IndustryTracker.Core.Http;
using IndustryTracker.Core.Sources.Sec;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Reliability;

/// <summary>
/// DNS rebinding: the guard's name check and the connection must use one DNS answer. These run real sockets against a
/// listener on loopback; the resolver stands in for DNS, which is what a rebinding attacker controls.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PublicAddressConnectorTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("false", true)]
    [InlineData("true", false)]
    public async Task LiveClients_ConnectThroughTheConnector_UnlessPrivateAddressesAreAllowed(string allowPrivate, bool connectorExpected)
    {
        var settings = PolitenessTests.LiveSecSettings(azurite.ConnectionString, new Uri("https://www.sec.gov/"));
        settings["Outbound:AllowPrivateAddresses"] = allowPrivate;
        await using var host = await TrackerTestHost.StartAsync(settings);

        using var handler = host.Get<IHttpMessageHandlerFactory>().CreateHandler(SecClient.Name);

        Assert.Equal(connectorExpected, Primary(handler).ConnectCallback is not null);
    }

    [Fact]
    public async Task Send_NameThatRebindsToLoopbackAfterTheCheck_NeverConnects()
    {
        using var listener = Listen();
        var answers = new Queue<IPAddress>([IPAddress.Parse("162.159.140.1"), IPAddress.Loopback]);
        Task<IPAddress[]> Rebinding(string host, CancellationToken token) => Task.FromResult(new[] { answers.Dequeue() });
        using var http = Client(new OutboundGuardHandler(new HostAllowList("warn", ["rebind.test"]), checkAddresses: true, maxRedirects: 5, Rebinding)
        {
            InnerHandler = Sockets(new PublicAddressConnector(Rebinding, PrivateAddresses.IsPrivate)),
        });

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri($"http://rebind.test:{Port(listener)}/feed")));

        Assert.Contains("resolves to a private address (127.0.0.1) at connect time", error.Message, StringComparison.Ordinal);
        Assert.Equal((0, false), (answers.Count, listener.Pending()));
    }

    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1")]
    [InlineData("[::1]", "::1")]
    [InlineData("[::ffff:127.0.0.1]", "::ffff:127.0.0.1")]
    public async Task Send_PrivateAddressLiteral_NeverConnects(string host, string address)
    {
        using var listener = Listen();
        using var http = Client(Sockets(new PublicAddressConnector((_, _) => throw new InvalidOperationException("a literal is not resolved"), PrivateAddresses.IsPrivate)));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri($"http://{host}:{Port(listener)}/")));

        Assert.Contains($"private address ({address})", error.Message, StringComparison.Ordinal);
        Assert.False(listener.Pending());
    }

    [Fact]
    public async Task Send_AllowedAddress_ConnectsToTheAddressItChecked()
    {
        using var listener = Listen();
        var resolved = 0;
        var connector = new PublicAddressConnector(
            (_, _) => Task.FromResult(new[] { Interlocked.Increment(ref resolved) == 1 ? IPAddress.Loopback : IPAddress.Parse("10.9.9.9") }),
            address => !IPAddress.IsLoopback(address));
        using var http = Client(Sockets(connector));
        var served = ServeOneAsync(listener, "ok");

        using var response = await http.GetAsync(new Uri($"http://feed.test:{Port(listener)}/"));

        Assert.Equal((HttpStatusCode.OK, "ok", 1), (response.StatusCode, await response.Content.ReadAsStringAsync(), resolved));
        Assert.StartsWith("GET / HTTP/1.1", await served, StringComparison.Ordinal);
    }

    private static SocketsHttpHandler Primary(HttpMessageHandler handler)
    {
        while (handler is DelegatingHandler delegating)
        {
            handler = delegating.InnerHandler!;
        }

        return Assert.IsType<SocketsHttpHandler>(handler);
    }

    /// <summary>
    /// A client that gives up after 10 s, not the default 100: a connection the connector wrongly lets through reaches
    /// the listener, which never answers.
    /// </summary>
    private static HttpClient Client(HttpMessageHandler handler) => new(handler) { Timeout = TimeSpan.FromSeconds(10) };

    private static SocketsHttpHandler Sockets(PublicAddressConnector connector) =>
        new() { ConnectCallback = connector.ConnectAsync, AllowAutoRedirect = false, UseProxy = false };

    private static TcpListener Listen()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return listener;
    }

    private static int Port(TcpListener listener) => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Accepts one connection, answers 200 with <paramref name="body"/>, and returns the request's head.</summary>
    private static async Task<string> ServeOneAsync(TcpListener listener, string body)
    {
        using var client = await listener.AcceptTcpClientAsync();
        var stream = client.GetStream();
        var buffer = new byte[4096];
        var head = new StringBuilder();
        while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                break;
            }

            head.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}"));
        return head.ToString();
    }
}
