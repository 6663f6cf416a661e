using System.Net;
using IndustryTracker.Core.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Hosting;

public static class OutboundHttpExtensions
{
    /// <summary>
    /// Replay and record modes apply to every HTTP client, below each client's own resilience pipeline,
    /// so a replay run exercises exactly the production code above the handler.
    /// </summary>
    public static IHostApplicationBuilder AddOutboundHttp(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReplayOptions>().BindConfiguration(ReplayOptions.Section);
        var replay = builder.Configuration.GetSection(ReplayOptions.Section).Get<ReplayOptions>() ?? new ReplayOptions();
        builder.Services.AddSingleton(new FaultPlan(replay.Faults));
        builder.Services.AddOptions<OutboundOptions>().BindConfiguration(OutboundOptions.Section);
        builder.Services.AddSingleton<OutboundHostPolicy>();
        builder.Services.AddSingleton<Microsoft.Extensions.Http.IHttpMessageHandlerBuilderFilter, OutboundGuardFilter>();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            if (replay.IsReplay)
            {
                var roots = replay.Directories.Select(Path.GetFullPath).ToList();
                foreach (var root in roots.Where(r => !Directory.Exists(r)))
                {
                    throw new InvalidOperationException($"Replay directory '{root}' does not exist. Set Replay:Directory (--replay DIR) to a folder laid out as <host>/<path>.");
                }

                http.ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<FaultPlan>() is { Enabled: true } plan
                    ? new FaultInjectingHandler(plan, sp.GetRequiredService<TimeProvider>()) { InnerHandler = new ReplayHandler(roots) }
                    : new ReplayHandler(roots));
            }
            else
            {
                // Sources such as SEC serve large JSON and HTML; accept compressed responses. Redirects are followed by
                // the outbound guard, which checks each hop's host; the connector checks the address each connection
                // actually goes to.
                http.ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
                {
                    AutomaticDecompression = System.Net.DecompressionMethods.All,
                    AllowAutoRedirect = false,
                    ConnectCallback = sp.GetRequiredService<IOptions<OutboundOptions>>().Value.AllowPrivateAddresses
                        ? null
                        : new PublicAddressConnector(Dns.GetHostAddressesAsync, PrivateAddresses.IsPrivate).ConnectAsync,
                });
            }

            if (!string.IsNullOrWhiteSpace(replay.RecordDirectory))
            {
                var root = Path.GetFullPath(replay.RecordDirectory);
                http.AddHttpMessageHandler(() => new RecordingHandler(root));
            }
        });
        return builder;
    }
}
