using System.CommandLine;
using IndustryTracker.Cli.Local;
using IndustryTracker.Core.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IndustryTracker.Cli.Commands;

/// <summary>
/// One command's running app: configuration from the environment and the global options, storage (configured, or
/// the local Azurite — reused when already running, else started for this command), and Core's registrations.
/// </summary>
public sealed class TrackerSession : IAsyncDisposable
{
    /// <summary>Local Azurite keeps its data here, so `tracker up` and later commands see the same store.</summary>
    public const string LocalDataDirectory = ".azurite";

    private readonly AzuriteProcess? _azurite;
    private bool _started;

    private TrackerSession(IHost app, AzuriteProcess? azurite, string storageDescription)
    {
        App = app;
        _azurite = azurite;
        StorageDescription = storageDescription;
    }

    /// <summary>A plain host, or a <see cref="WebApplication"/> when the command serves the API.</summary>
    public IHost App { get; }

    public string StorageDescription { get; }

    public IServiceProvider Services => App.Services;

    /// <param name="web">When set, the session is a web app built by this callback (the API server); otherwise a plain host.</param>
    /// <param name="overrides">Settings the command itself imposes (eval: its own fresh storage), over the options and environment.</param>
    public static async Task<TrackerSession> StartAsync(ParseResult parse, GlobalOptions options, IProgress<string> progress, CancellationToken cancellationToken, bool collects, Func<WebApplicationBuilder, WebApplication>? web = null, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>();
        Put(settings, "AzureWebJobsStorage", parse.GetValue(options.Storage));
        Put(settings, "Companies:File", parse.GetValue(options.Companies));
        Put(settings, "Replay:Directory", parse.GetValue(options.Replay));
        Put(settings, "Replay:RecordDirectory", parse.GetValue(options.Record));
        Put(settings, "Sec:UserAgent", parse.GetValue(options.SecUserAgent));
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        IHostApplicationBuilder builder = web is null
            ? Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = Directory.GetCurrentDirectory() })
            : WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        // Every log line to stderr: stdout holds only results, so `--format json > file` stays valid JSON.
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        // Document-level failures are listed in the summary; the log repeats them only with --verbose.
        builder.Logging.SetMinimumLevel(parse.GetValue(options.Verbose) ? LogLevel.Information : LogLevel.Error);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        // Claims-file problems never stop a command, so they are said once at start even without --verbose.
        builder.Logging.AddFilter(typeof(ReferenceFilesCheck).FullName, LogLevel.Warning);
        // A failed start is reported once, as a plain message, by CommandRunner.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", parse.GetValue(options.Verbose) ? LogLevel.Warning : LogLevel.None);
        builder.Logging.AddFilter("System.Net.Http", LogLevel.Warning);
        // Retries are expected and summarised per document; Polly's own events only with --verbose.
        builder.Logging.AddFilter("Polly", parse.GetValue(options.Verbose) ? LogLevel.Warning : LogLevel.None);

        AzuriteProcess? azurite = null;
        var description = "configured storage (AzureWebJobsStorage)";
        // Either a connection string or identity-based service URIs (AzureWebJobsStorage__blobServiceUri, …) count as configured.
        var storage = builder.Configuration.GetSection("AzureWebJobsStorage");
        if (string.IsNullOrWhiteSpace(storage.Value) && !storage.GetChildren().Any())
        {
            var ports = AzuritePorts.Default;
            var data = Path.GetFullPath(LocalDataDirectory);
            if (await ports.AllListeningAsync(cancellationToken))
            {
                description = $"local Azurite already running on ports {string.Join("/", ports.All)}";
            }
            else
            {
                progress.Report($"No storage configured: starting Azurite (data in {data})");
                azurite = await AzuriteProcess.StartAsync(ports, data, progress, cancellationToken);
                description = $"local Azurite started on ports {string.Join("/", ports.All)}, data in {data}";
            }

            builder.Configuration["AzureWebJobsStorage"] = ports.ConnectionString;
        }

        builder.AddIndustryTracker(collects);
        IHost app = web is null ? ((HostApplicationBuilder)builder).Build() : web((WebApplicationBuilder)builder);
        var session = new TrackerSession(app, azurite, description);
        try
        {
            // Starting validates every option and creates the storage resources.
            await app.StartAsync(cancellationToken);
            session._started = true;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }

        return session;
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        // A host whose start failed is not stopped: its StopAsync throws (ArgumentNullException), which hid the start's
        // own error (a malformed --storage gave an unhandled exception instead of exit 2).
        if (_started)
        {
            await App.StopAsync();
        }

        if (App is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            App.Dispose();
        }
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    private static void Put(Dictionary<string, string?> settings, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            settings[key] = value;
        }
    }
}
