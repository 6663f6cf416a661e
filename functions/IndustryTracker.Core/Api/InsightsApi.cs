using IndustryTracker.Core.Charts;
using IndustryTracker.Core.Claims;
using IndustryTracker.Core.Companies;
using Microsoft.AspNetCore.Http;

namespace IndustryTracker.Core.Api;

/// <summary>
/// The endpoints that interpret stored facts: claim verdicts (computed on every request, never stored) and charts.
/// Shared by the function app and `tracker serve`, like <see cref="TrackerApi"/>.
/// </summary>
public sealed class InsightsApi(ClaimsService claims, ChartService charts, CompanyCatalog catalog)
{
    public async Task<IResult> Claims(CancellationToken cancellationToken) =>
        TypedResults.Ok(await claims.EvaluateAsync(cancellationToken));

    public async Task<IResult> Chart(ApiRequest request, string metric, CancellationToken cancellationToken)
    {
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

        var png = await charts.RenderAsync(metrics[0], picked.Select(c => c.Ticker).ToList(), from, to, kind == "bar" ? ChartKind.Bar : ChartKind.Line, cancellationToken);
        return TypedResults.File(png, "image/png");
    }
}
