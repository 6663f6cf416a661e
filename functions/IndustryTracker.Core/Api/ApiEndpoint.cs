namespace IndustryTracker.Core.Api;

/// <summary>
/// One endpoint's definition: route (relative to /api), summary, whether it needs a key, parameters, and the type it
/// answers with. The OpenAPI document and the docs page are generated from these; a test holds them to the routes
/// both hosts actually map. <see cref="Method"/> is the HTTP method in lower case ("post" for the endpoints that write,
/// whose body is <see cref="RequestBody"/>); <see cref="Admin"/> marks an endpoint that changes what is tracked (an admin
/// key in Azure).
/// </summary>
public sealed record ApiEndpoint(
    string Name,
    string Route,
    string Summary,
    bool RequiresKey,
    IReadOnlyList<ApiParameter> Parameters,
    Type? Response,
    string ContentType = "application/json",
    bool Csv = false,
    bool Cached = false,
    string Method = "get",
    Type? RequestBody = null,
    bool Admin = false);
