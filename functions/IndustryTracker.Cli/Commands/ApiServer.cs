using IndustryTracker.Core.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IndustryTracker.Cli.Commands;

/// <summary>The local API server: the same handlers as the function app, on Kestrel, on loopback.</summary>
public static class ApiServer
{
    public static Func<WebApplicationBuilder, WebApplication> On(int port, string? apiKey = null) => builder =>
    {
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.AddProblemDetails();
        var app = builder.Build();
        // Unhandled errors answer a problem body without details: no stack traces, no connection strings.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!string.IsNullOrEmpty(apiKey))
        {
            app.UseMiddleware<ApiKeyMiddleware>(apiKey);
        }
        else
        {
            // Writes are admin-only: a server anyone on the machine can reach without a key only reads.
            app.Use(async (context, next) =>
            {
                if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
                {
                    await TypedResults.Problem(
                        detail: "Writing endpoints (POST /api/statements) need a key: start the server with --api-key KEY and send it in x-api-key.",
                        statusCode: StatusCodes.Status403Forbidden,
                        title: "A key is required to write").ExecuteAsync(context);
                    return;
                }

                await next(context);
            });
        }

        app.MapTrackerApi();
        return app;
    };

    /// <summary>The address actually bound (port 0 picks a free one).</summary>
    public static Uri BaseAddress(TrackerSession session)
    {
        var addresses = session.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return new Uri(addresses.Addresses.First().Replace("127.0.0.1", "localhost", StringComparison.Ordinal));
    }
}
