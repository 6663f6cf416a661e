using IndustryTracker.Core.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace IndustryTracker.Functions;

/// <summary>
/// The writes, at the admin key: a journalist's function key reads, it does not change what is tracked. A class of
/// their own so that the read endpoints do not depend on the SEC client that adding a company uses (two requests,
/// the ticker list and the submissions document, through the same rate limiter as the collector).
/// </summary>
public sealed class AdminFunctions(StatementsApi statements, CompaniesAdminApi companies)
{
    /// <summary>An editor adds a cited statement that no feed carries.</summary>
    [Function("statements")]
    public async Task<IActionResult> Statements([HttpTrigger(AuthorizationLevel.Admin, "post", Route = ApiRoutes.Statements)] HttpRequest request) =>
        new ResultActionResult(await statements.Add(request, request.HttpContext.RequestAborted));

    /// <summary>Companies added by ticker, resolved through SEC's ticker list and submissions; the next run collects them.</summary>
    [Function("add-companies")]
    public async Task<IActionResult> AddCompanies([HttpTrigger(AuthorizationLevel.Admin, "post", Route = ApiRoutes.Companies)] HttpRequest request) =>
        new ResultActionResult(await companies.Add(ApiRequest.From(request), request.HttpContext.RequestAborted));
}
