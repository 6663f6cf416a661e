using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndustryTracker.Core.Api;

/// <summary>
/// What a handler needs of a request: its query and its If-None-Match. The request's identity for caching is not taken
/// from here but built by each handler from the values it parsed (<see cref="ApiCache.Key"/>): raw query text can spell
/// one meaning many ways, and two meanings one way.
/// </summary>
public sealed record ApiRequest(string? IfNoneMatch, IQueryCollection Query)
{
    /// <summary>The Functions host's key parameter: it reaches the worker in the query, so every endpoint accepts it.</summary>
    public const string FunctionKeyParameter = "code";

    public static ApiRequest From(HttpRequest request) =>
        new(request.Headers.IfNoneMatch.ToString() is { Length: > 0 } tag ? tag : null, request.Query);

    public string? this[string name] => Query.TryGetValue(name, out var value) ? value.ToString() : null;

    /// <summary>
    /// The first query parameter the endpoint does not declare, or one given twice, as a 400 naming it. A misspelled
    /// parameter would otherwise be ignored silently (<c>?company=META</c> on /api/layoffs answered every company), and
    /// a repeated one would be read as the two values joined by a comma.
    /// </summary>
    public ProblemHttpResult? CheckParameters(ApiEndpoint endpoint)
    {
        foreach (var (name, values) in Query)
        {
            if (!string.Equals(name, FunctionKeyParameter, StringComparison.OrdinalIgnoreCase) && !endpoint.Parameters.Any(p => p.In == "query" && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                var known = endpoint.Parameters.Where(p => p.In == "query").Select(p => p.Name).ToList();
                return ApiProblems.BadParameter(
                    ApiQuery.Shorten(name),
                    $"/api/{endpoint.Route} has no parameter '{ApiQuery.Shorten(name)}'. " + (known.Count > 0 ? $"It takes: {string.Join(", ", known)}." : "It takes none."));
            }

            if (values.Count > 1)
            {
                return ApiProblems.BadParameter(ApiQuery.Shorten(name), $"'{ApiQuery.Shorten(name)}' is given {values.Count} times; give it once (lists are comma-separated).");
            }
        }

        return null;
    }
}
