using IndustryTracker.Core.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace IndustryTracker.Functions;

/// <summary>
/// The HTTP API as triggers: each maps a route to the shared handler. Data needs a function key; health is open.
/// The admin writes are <see cref="StatementFunctions"/> and <see cref="CompanyFunctions"/>.
/// </summary>
public sealed class ApiFunctions(TrackerApi api, InsightsApi insights, ExportsApi exports)
{
    [Function("companies")]
    public async Task<IActionResult> Companies([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Companies)] HttpRequest request) =>
        new ResultActionResult(await api.Companies(ApiRequest.From(request), request.HttpContext.RequestAborted));

    [Function("benchmarks")]
    public async Task<IActionResult> Benchmarks([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Benchmarks)] HttpRequest request) =>
        new ResultActionResult(await api.Benchmarks(ApiRequest.From(request), request.HttpContext.RequestAborted));

    [Function("compare")]
    public async Task<IActionResult> Compare([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Compare)] HttpRequest request) =>
        new ResultActionResult(await api.Compare(ApiRequest.From(request), request.HttpContext.RequestAborted));

    [Function("headcount")]
    public async Task<IActionResult> Headcount([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Headcount)] HttpRequest request, string ticker) =>
        new ResultActionResult(await api.Headcount(ApiRequest.From(request), ticker, request.HttpContext.RequestAborted));

    [Function("financials")]
    public async Task<IActionResult> Financials([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Financials)] HttpRequest request, string ticker) =>
        new ResultActionResult(await api.Financials(ApiRequest.From(request), ticker, request.HttpContext.RequestAborted));

    [Function("layoffs")]
    public async Task<IActionResult> Layoffs([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Layoffs)] HttpRequest request) =>
        new ResultActionResult(await api.Layoffs(ApiRequest.From(request), request.HttpContext.RequestAborted));

    [Function("company-layoffs")]
    public async Task<IActionResult> CompanyLayoffs([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.CompanyLayoffs)] HttpRequest request, string ticker) =>
        new ResultActionResult(await api.CompanyLayoffs(ApiRequest.From(request), ticker, request.HttpContext.RequestAborted));

    [Function("warn")]
    public async Task<IActionResult> Warn([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Warn)] HttpRequest request) =>
        new ResultActionResult(await api.Warn(ApiRequest.From(request), request.HttpContext.RequestAborted));

    [Function("claims")]
    public async Task<IActionResult> Claims([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Claims)] HttpRequest request) =>
        new ResultActionResult(await insights.Claims(ApiRequest.From(request), request.HttpContext.RequestAborted));

    [Function("chart")]
    public async Task<IActionResult> Chart([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Chart)] HttpRequest request, string metric) =>
        new ResultActionResult(await insights.Chart(ApiRequest.From(request), metric, request.HttpContext.RequestAborted));

    [Function("exports")]
    public async Task<IActionResult> Exports([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Exports)] HttpRequest request) =>
        new ResultActionResult(await exports.List(ApiRequest.From(request), request.HttpContext.RequestAborted));

    [Function("openapi")]
    public IActionResult OpenApi([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.OpenApi)] HttpRequest request) =>
        new ContentResult { Content = OpenApiDocument.Text, ContentType = "application/json", StatusCode = 200 };

    [Function("health")]
    public async Task<IActionResult> Health([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Health)] HttpRequest request) =>
        new ResultActionResult(await api.Health(request.HttpContext.RequestAborted));
}
