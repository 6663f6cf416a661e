using System.Diagnostics;
using System.Globalization;

namespace IndustryTracker.Cli.Local;

/// <summary>
/// Runs the pinned Azurite (tools/azurite, installed with npm on first use) as a child node process.
/// Node is started directly, not through npx, so the PID we hold is Azurite's own; it is stopped with SIGKILL,
/// since Azurite may ignore SIGTERM.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private readonly Process _process;

    private AzuriteProcess(Process process, AzuritePorts ports)
    {
        _process = process;
        Ports = ports;
    }

    public AzuritePorts Ports { get; }

    public string ConnectionString => Ports.ConnectionString;

    /// <param name="dataDirectory">Where Azurite keeps its data; null keeps everything in memory.</param>
    public static async Task<AzuriteProcess> StartAsync(AzuritePorts ports, string? dataDirectory, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var script = await AzuriteInstall.EnsureAsync(progress, cancellationToken);
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var arg in new[] { "--silent", "--skipApiVersionCheck", "--disableTelemetry", "--loose" })
        {
            start.ArgumentList.Add(arg);
        }

        AddPort(start, "--blobPort", ports.Blob);
        AddPort(start, "--queuePort", ports.Queue);
        AddPort(start, "--tablePort", ports.Table);
        if (dataDirectory is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(dataDirectory);
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(dataDirectory);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite. Is Node.js installed and on PATH?");
        var errors = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (errors) { errors.AppendLine(e.Data); } };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var azurite = new AzuriteProcess(process, ports);
        var deadline = Stopwatch.StartNew();
        while (!await ports.AllListeningAsync(cancellationToken))
        {
            if (process.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(60))
            {
                await azurite.DisposeAsync();
                string detail;
                lock (errors)
                {
                    detail = errors.ToString().Trim();
                }

                throw new InvalidOperationException($"Azurite did not start on ports {string.Join(", ", ports.All)}: {detail}");
            }

            await Task.Delay(100, cancellationToken);
        }

        return azurite;
    }

    public int ProcessId => _process.Id;

    /// <summary>
    /// Asks Azurite to stop (SIGINT: it saves its persisted metadata on the way out), then SIGKILLs it after a short
    /// grace, since it may ignore the signal. A plain SIGKILL would lose the last seconds of writes of a persisted store.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            if (Signals.Interrupt(_process.Id))
            {
                try
                {
                    await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5));
                }
                catch (TimeoutException)
                {
                    // Fall through to the kill below.
                }
            }

            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }

        _process.Dispose();
    }

    private static void AddPort(ProcessStartInfo start, string name, int port)
    {
        start.ArgumentList.Add(name);
        start.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
    }
}
