using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IndustryTracker.Core.Api;

/// <summary>Maps the API into an ASP.NET Core app (the CLI's local server). The function app maps the same handlers as triggers.</summary>
public static class ApiRoutes
{
    public const string Companies = "companies";
    public const string Benchmarks = "benchmarks";
    public const string Compare = "compare";
    public const string Headcount = "companies/{ticker}/headcount";
    public const string Financials = "companies/{ticker}/financials";
    public const string Health = "health";
    public const string Claims = "claims";
    public const string Chart = "charts/{metric}";
    public const string Exports = "exports";
    public const string OpenApi = "openapi.json";
    public const string Docs = "docs";
    public const string Layoffs = "layoffs";
    public const string CompanyLayoffs = "companies/{ticker}/layoffs";
    public const string Warn = "warn";
    public const string Statements = "statements";

    public static IEndpointRouteBuilder MapTrackerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet(Companies, (TrackerApi h, HttpRequest r, CancellationToken ct) => h.Companies(ApiRequest.From(r), ct));
        api.MapPost(Companies, (CompaniesAdminApi h, HttpRequest r, CancellationToken ct) => h.Add(ApiRequest.From(r), ct));
        api.MapGet(Benchmarks, (TrackerApi h, HttpRequest r, CancellationToken ct) => h.Benchmarks(ApiRequest.From(r), ct));
        api.MapGet(Compare, (TrackerApi h, HttpRequest r, CancellationToken ct) => h.Compare(ApiRequest.From(r), ct));
        api.MapGet(Headcount, (TrackerApi h, HttpRequest r, string ticker, CancellationToken ct) => h.Headcount(ApiRequest.From(r), ticker, ct));
        api.MapGet(Financials, (TrackerApi h, HttpRequest r, string ticker, CancellationToken ct) => h.Financials(ApiRequest.From(r), ticker, ct));
        api.MapGet(Layoffs, (TrackerApi h, HttpRequest r, CancellationToken ct) => h.Layoffs(ApiRequest.From(r), ct));
        api.MapGet(CompanyLayoffs, (TrackerApi h, HttpRequest r, string ticker, CancellationToken ct) => h.CompanyLayoffs(ApiRequest.From(r), ticker, ct));
        api.MapGet(Warn, (TrackerApi h, HttpRequest r, CancellationToken ct) => h.Warn(ApiRequest.From(r), ct));
        api.MapGet(Claims, (InsightsApi h, HttpRequest r, CancellationToken ct) => h.Claims(ApiRequest.From(r), ct));
        api.MapGet(Chart, (InsightsApi h, HttpRequest r, string metric, CancellationToken ct) => h.Chart(ApiRequest.From(r), metric, ct));
        api.MapGet(Exports, (ExportsApi h, HttpRequest r, CancellationToken ct) => h.List(ApiRequest.From(r), ct));
        api.MapPost(Statements, (StatementsApi h, HttpRequest r, CancellationToken ct) => h.Add(r, ct));
        api.MapGet(Health, (TrackerApi h, CancellationToken ct) => h.Health(ct));
        api.MapGet(OpenApi, () => TypedResults.Text(OpenApiDocument.Text, "application/json"));
        api.MapGet(Docs, () => TypedResults.Text(ApiDocsPage.Html, "text/html; charset=utf-8"));
        return app;
    }
}
