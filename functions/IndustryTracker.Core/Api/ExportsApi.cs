using Azure;
using IndustryTracker.Core.Exports;
using IndustryTracker.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IndustryTracker.Core.Api;

/// <summary>
/// <c>GET /api/exports</c>: the datasets of the last export (from <c>exports/manifest.json</c>, so listing never
/// recomputes anything) with download links made by <see cref="IExportLinks"/>.
/// </summary>
public sealed class ExportsApi(TrackerStorage storage, IExportLinks links, ILogger<ExportsApi> logger)
{
    public Task<IResult> List(ApiRequest? request, CancellationToken cancellationToken) =>
        request?.CheckParameters(ApiCatalog.Named("exports")) is { } unknown
            ? Task.FromResult<IResult>(unknown)
            : StorageUnavailable.GuardAsync(() => ListAsync(cancellationToken), logger, "exports", cancellationToken);

    private async Task<IResult> ListAsync(CancellationToken cancellationToken)
    {
        BinaryData json;
        try
        {
            json = (await storage.Exports.GetBlobClient(ExportManifest.Blob).DownloadContentAsync(cancellationToken)).Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == StatusCodes.Status404NotFound)
        {
            return TypedResults.Problem(
                detail: "No export has been written yet: run `tracker export`, or wait for the export schedule.",
                statusCode: StatusCodes.Status404NotFound,
                title: "No export yet",
                type: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.5");
        }

        var manifest = ExportManifest.Parse(json);
        var signed = await links.CreateAsync(ExportListing.Blobs(manifest), cancellationToken);
        return TypedResults.Ok(ExportListing.From(manifest, signed));
    }
}
