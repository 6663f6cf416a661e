using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndustryTracker.Core.Api;

/// <summary>
/// Pages of long lists: `pageSize` (1–1000, default 500) and an opaque `continuationToken`; the next page's token comes
/// back in the <see cref="Header"/> response header and is absent on the last page.
/// </summary>
public static class Paging
{
    public const string Header = "X-Continuation-Token";
    public const int DefaultPageSize = 500;
    public const int MaxPageSize = 1000;

    public static ProblemHttpResult? Read(ApiRequest? request, out int offset, out int pageSize)
    {
        offset = 0;
        pageSize = DefaultPageSize;
        if (request?["pageSize"] is { Length: > 0 } size)
        {
            if (!int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxPageSize)
            {
                return ApiProblems.BadParameter("pageSize", $"pageSize must be a whole number from 1 to {MaxPageSize}.");
            }
        }

        if (request?["continuationToken"] is { Length: > 0 } token)
        {
            var text = Base64Url.IsValid(token) ? Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)) : "";
            if (!text.StartsWith("o:", StringComparison.Ordinal) || !int.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out offset))
            {
                return BadToken("The continuation token is not one this API issued; start again without it.");
            }
        }

        return null;
    }

    /// <summary>
    /// One page, and the next page's token unless this is the last. A token names an offset inside the list it came
    /// from; one at or past the end (forged, or from a list that has since shrunk) is a 400 naming the token rather
    /// than an empty page, and the next offset is computed only when it lies inside the list, so it cannot overflow
    /// (a token for offset 2147483647 used to come back with a negative next token the API then refused).
    /// </summary>
    public static IResult Page<T>(IReadOnlyList<T> items, int offset, int pageSize)
    {
        if (offset > 0 && offset >= items.Count)
        {
            return BadToken($"The continuation token points past the end of the list ({items.Count} items); start again without it.");
        }

        var page = items.Skip(offset).Take(pageSize).ToList();
        IResult result = TypedResults.Ok(page);
        // offset <= Count here, so Count - offset cannot overflow, and offset + pageSize < Count fits in an int.
        return pageSize < items.Count - offset
            ? new HeaderResult(result, Header, Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"o:{offset + pageSize}")))
            : result;
    }

    private static ProblemHttpResult BadToken(string detail) => ApiProblems.BadParameter("continuationToken", detail);
}
