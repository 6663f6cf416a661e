using IndustryTracker.Core.Charts;
using IndustryTracker.Core.Claims;
using IndustryTracker.Core.Companies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IndustryTracker.Core.Api;

/// <summary>
/// The endpoints that interpret stored facts: claim verdicts (computed on every request, never stored) and charts.
/// Shared by the function app and `tracker serve`, like <see cref="TrackerApi"/>.
/// </summary>
public sealed class InsightsApi(ClaimsService claims, ChartService charts, CompanyCatalog catalog, ILogger<InsightsApi> logger)
{
    public Task<IResult> Claims(ApiRequest? request, CancellationToken cancellationToken) =>
        request?.CheckParameters(ApiCatalog.Named("claims")) is { } unknown
            ? Task.FromResult<IResult>(unknown)
            : StorageUnavailable.GuardAsync(async () => TypedResults.Ok(await claims.EvaluateAsync(cancellationToken)), logger, "claims", cancellationToken);

    public async Task<IResult> Chart(ApiRequest request, string metric, CancellationToken cancellationToken)
    {
        if (request.CheckParameters(ApiCatalog.Named("chart")) is { } unknown)
        {
            return unknown;
        }

        var name = metric.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? metric[..^4] : metric;
        var problems = new[]
        {
            ApiQuery.Metrics("metric", name, required: true, out var metrics),
            ApiQuery.Companies(catalog, request["companies"], out var picked),
            ApiQuery.Year("from", request["from"], out var from),
            ApiQuery.Year("to", request["to"], out var to),
            ApiQuery.Choice("kind", request["kind"], ["line", "bar"], out var kind),
        };
        if (problems.FirstOrDefault(p => p is not null) is { } problem)
        {
            return problem;
        }

        if (metrics.Count != 1)
        {
            return ApiProblems.BadParameter("metric", "Chart one metric at a time.");
        }

        if (from > to)
        {
            return ApiProblems.BadParameter("from", $"from ({from}) is after to ({to}).");
        }

        return await StorageUnavailable.GuardAsync(
            async () => TypedResults.File(await charts.RenderAsync(metrics[0], picked.Select(c => c.Ticker).ToList(), from, to, kind == "bar" ? ChartKind.Bar : ChartKind.Line, cancellationToken), "image/png"),
            logger,
            "chart",
            cancellationToken);
    }
}
