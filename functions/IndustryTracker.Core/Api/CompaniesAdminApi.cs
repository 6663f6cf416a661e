using IndustryTracker.Core.Companies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IndustryTracker.Core.Api;

/// <summary>
/// <c>POST /api/companies?tickers=NVDA,TSLA</c>: tracks companies by ticker without a redeploy (an admin key in Azure,
/// the <c>--api-key</c> locally). The same <see cref="CompanyRegistry"/> as <c>tracker companies add</c>.
/// </summary>
public sealed class CompaniesAdminApi(CompanyRegistry registry, ILogger<CompaniesAdminApi> logger)
{
    /// <summary>Separates aliases: employer names hold commas ("Amazon.com Services, LLC"), never '|'.</summary>
    public const char AliasSeparator = '|';

    public async Task<IResult> Add(ApiRequest request, CancellationToken cancellationToken)
    {
        if (request.CheckParameters(ApiCatalog.Named("add-companies")) is { } unknown)
        {
            return unknown;
        }

        var tickers = (request["tickers"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (tickers.Length == 0)
        {
            return ApiProblems.BadParameter("tickers", "Name at least one ticker: ?tickers=NVDA or ?tickers=NVDA,TSLA.");
        }

        var aliases = request["aliases"] is { } text ? text.Split(AliasSeparator, StringSplitOptions.TrimEntries) : [];
        int? since = null;
        if (request["since"] is { } sinceText)
        {
            if (!int.TryParse(sinceText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
            {
                return ApiProblems.BadParameter("since", $"since '{ApiQuery.Shorten(sinceText)}' is not a year (e.g. 2010).");
            }

            since = year;
        }

        return await StorageUnavailable.GuardAsync(async () =>
        {
            var change = await registry.AddAsync(tickers, aliases, since, cancellationToken);
            switch (change.Outcome)
            {
                case CompanyChange.OutcomeInvalid:
                    // The problem names the ticker (or alias); the parameter names where it was given.
                    var parameter = change.Problems.All(p => p.StartsWith("alias ", StringComparison.Ordinal)) ? "aliases"
                        : change.Problems.All(p => p.StartsWith("since ", StringComparison.Ordinal)) ? "since" : "tickers";
                    return ApiProblems.BadParameter(parameter, string.Join("; ", change.Problems) + ".");
                case CompanyChange.OutcomeUnavailable:
                    return TypedResults.Problem(
                        detail: string.Join("; ", change.Problems) + ". Nothing was stored; try again.",
                        statusCode: StatusCodes.Status502BadGateway,
                        title: "SEC could not be read",
                        type: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.6.3");
                default:
                    return TypedResults.Ok(change.Companies.Select(CompanyView.From).ToList());
            }
        }, logger, "add-companies", cancellationToken);
    }
}
