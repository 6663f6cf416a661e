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
    public const string Layoffs = "layoffs";
    public const string CompanyLayoffs = "companies/{ticker}/layoffs";
    public const string Warn = "warn";

    public static IEndpointRouteBuilder MapTrackerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet(Companies, (TrackerApi h) => h.Companies());
        api.MapGet(Benchmarks, (TrackerApi h, HttpRequest r, CancellationToken ct) =>
            h.Benchmarks(r.Query["companies"], r.Query["from"], r.Query["to"], r.Query["format"], ct, r.Query["period"], r.Query["align"], r.Query["metrics"]));
        api.MapGet(Compare, (TrackerApi h, HttpRequest r, CancellationToken ct) =>
            h.Compare(r.Query["metric"], r.Query["companies"], r.Query["from"], r.Query["to"], r.Query["period"], r.Query["align"], ct));
        api.MapGet(Headcount, (TrackerApi h, string ticker, CancellationToken ct) => h.Headcount(ticker, ct));
        api.MapGet(Financials, (TrackerApi h, string ticker, CancellationToken ct) => h.Financials(ticker, ct));
        api.MapGet(Layoffs, (TrackerApi h, HttpRequest r, CancellationToken ct) =>
            h.Layoffs(r.Query["companies"], r.Query["from"], r.Query["to"], r.Query["format"], ct));
        api.MapGet(CompanyLayoffs, (TrackerApi h, string ticker, CancellationToken ct) => h.CompanyLayoffs(ticker, ct));
        api.MapGet(Warn, (TrackerApi h, HttpRequest r, CancellationToken ct) =>
            h.Warn(r.Query["state"], r.Query["company"], r.Query["from"], r.Query["to"], r.Query["format"], ct));
        api.MapGet(Health, (TrackerApi h, CancellationToken ct) => h.Health(ct));
        return app;
    }
}
