using IndustryTracker.Core.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace IndustryTracker.Functions;

/// <summary>
/// An editor adds a cited statement that no feed carries, at the admin key: a journalist's function key reads, it does
/// not change what is tracked.
/// </summary>
public sealed class StatementFunctions(StatementsApi statements)
{
    [Function("statements")]
    public async Task<IActionResult> Statements([HttpTrigger(AuthorizationLevel.Admin, "post", Route = ApiRoutes.Statements)] HttpRequest request) =>
        new ResultActionResult(await statements.Add(request, request.HttpContext.RequestAborted));
}

/// <summary>
/// Companies added by ticker at the admin key, resolved through SEC's ticker list and submissions (two requests, through
/// the same rate limiter as the collector); the next run collects them. A class of its own so that no other endpoint
/// depends on the SEC client.
/// </summary>
public sealed class CompanyFunctions(CompaniesAdminApi companies)
{
    [Function("add-companies")]
    public async Task<IActionResult> AddCompanies([HttpTrigger(AuthorizationLevel.Admin, "post", Route = ApiRoutes.Companies)] HttpRequest request) =>
        new ResultActionResult(await companies.Add(ApiRequest.From(request), request.HttpContext.RequestAborted));
}
