using System.Text.Json;
using IndustryTracker.Core.Statements;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IndustryTracker.Core.Api;

/// <summary>
/// <c>POST /api/statements</c> (admin: the admin key in Azure, <c>tracker serve --api-key</c> locally): an editor adds a
/// cited statement no feed carries. The body is the statement's fields; a refused one answers 400 naming the field.
/// </summary>
public sealed class StatementsApi(EditorStatements statements, ILogger<StatementsApi> logger)
{
    /// <summary>The JSON body: the same fields as `tracker statements add`, each named as it is there.</summary>
    public sealed record Body(string? Company, string? Date, long? Count, decimal? PercentOfWorkforce, string? Url, string? Quote, string? Publisher, string? AddedBy);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IResult> Add(HttpRequest request, CancellationToken cancellationToken)
    {
        Body? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<Body>(request.Body, Json, cancellationToken);
        }
        catch (JsonException ex)
        {
            return ApiProblems.BadParameter(ex.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body", "The body is not a statement in JSON: " + ex.Message.Split('.')[0] + ".");
        }

        if (body is null)
        {
            return ApiProblems.BadParameter("body", "Send the statement as a JSON object.");
        }

        DateOnly? date = null;
        if (body.Date is not null)
        {
            if (!DateOnly.TryParseExact(body.Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
            {
                return ApiProblems.BadParameter("date", "Give the day as yyyy-MM-dd.");
            }

            date = day;
        }

        var req = new EditorStatementRequest(body.Company, date, body.Count, body.PercentOfWorkforce, body.Url, body.Quote, body.Publisher, body.AddedBy);
        return await StorageUnavailable.GuardAsync(async () =>
        {
            var (added, refused) = await statements.AddAsync(req, cancellationToken);
            return refused is { } problem
                ? ApiProblems.BadParameter(problem.Field, $"{problem.Field} {problem.Problem}.")
                : (IResult)TypedResults.Created($"/api/companies/{added!.Ticker}/layoffs", added);
        }, logger, "statements", cancellationToken);
    }
}
