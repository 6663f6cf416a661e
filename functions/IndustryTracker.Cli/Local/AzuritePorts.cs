using System.Net;
using System.Net.Sockets;

namespace IndustryTracker.Cli.Local;

public sealed record AzuritePorts(int Blob, int Queue, int Table)
{
    /// <summary>Azurite's own defaults, which other tools (Storage Explorer, Core Tools) expect.</summary>
    public static readonly AzuritePorts Default = new(10000, 10001, 10002);

    /// <summary>Three ports free right now, for an Azurite that must not collide with anything else (tests).</summary>
    public static AzuritePorts Free() => new(FreePort(), FreePort(), FreePort());

    public IEnumerable<int> All => [Blob, Queue, Table];

    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
        // Azurite's published development key (documented by Microsoft; not a secret).
        + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
        + $"BlobEndpoint=http://127.0.0.1:{Blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{Queue}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{Table}/devstoreaccount1;";

    public async Task<bool> AllListeningAsync(CancellationToken cancellationToken)
    {
        foreach (var port in All)
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            }
            catch (SocketException)
            {
                return false;
            }
        }

        return true;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
