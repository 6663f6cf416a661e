using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndustryTracker.Core.Api;

/// <summary>RFC 9457 problem bodies. A bad parameter is named, so a caller can fix the request.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult BadParameter(string parameter, string detail) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: StatusCodes.Status400BadRequest,
            title: $"Invalid parameter '{parameter}'",
            type: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.1",
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    public static ProblemHttpResult NotFound(string parameter, string detail) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: StatusCodes.Status404NotFound,
            title: $"Unknown {parameter}",
            type: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.5",
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    /// <summary>The same problem, naming the parameter as this endpoint spells it.</summary>
    public static ProblemHttpResult Rename(ProblemHttpResult problem, string from, string to) =>
        problem.ProblemDetails.Extensions.TryGetValue("parameter", out var name) && Equals(name, from)
            ? BadParameter(to, problem.ProblemDetails.Detail ?? "")
            : problem;

    public static ProblemHttpResult Unavailable(string detail) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Storage unavailable",
            type: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.6.4");
}
