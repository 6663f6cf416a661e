using Azure.Identity;
using Azure.Storage.Blobs;
using IndustryTracker.Core.Api;
using IndustryTracker.Core.Exports;
using IndustryTracker.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Hosting;

/// <summary>The exports' registrations: what the exporter reads, the <c>GET /api/exports</c> handler and its link maker.</summary>
public static class ExportsExtensions
{
    public static IHostApplicationBuilder AddExports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ExportLinkOptions>().BindConfiguration(ExportLinkOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ExportSources>();
        builder.Services.AddSingleton<ExportsApi>();
        builder.Services.AddSingleton<IExportLinks>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ExportLinkOptions>>().Value;
            if (options.BlobServiceUri is null)
            {
                return new DirectExportLinks(sp.GetRequiredService<TrackerStorage>());
            }

            // A token credential (managed identity in Azure): the only way to get a user delegation key.
            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.ManagedIdentityClientId });
            var container = sp.GetRequiredService<IOptions<StorageOptions>>().Value.ExportsContainer;
            return new UserDelegationExportLinks(new BlobServiceClient(options.BlobServiceUri, credential), container, options.LinkLifetime, sp.GetRequiredService<TimeProvider>());
        });
        return builder;
    }
}
