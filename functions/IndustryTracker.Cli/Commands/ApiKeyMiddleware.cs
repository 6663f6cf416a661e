using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace IndustryTracker.Cli.Commands;

/// <summary>
/// For a local server shared with others (`--api-key`): data endpoints need the key in <c>x-api-key</c>; health,
/// the OpenAPI document and the docs page stay open. Compared in constant time.
/// </summary>
public sealed class ApiKeyMiddleware(RequestDelegate next, string key)
{
    public const string Header = "x-api-key";
    private static readonly string[] Open = ["/api/health", "/api/openapi.json", "/api/docs"];
    private readonly byte[] _key = Encoding.UTF8.GetBytes(key);

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var open = Open.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase));
        var given = Encoding.UTF8.GetBytes(context.Request.Headers[Header].ToString());
        if (open || CryptographicOperations.FixedTimeEquals(given, _key))
        {
            await next(context);
            return;
        }

        await TypedResults.Problem(
            detail: $"Send the key in the {Header} header.",
            statusCode: StatusCodes.Status401Unauthorized,
            title: "A key is required").ExecuteAsync(context);
    }
}
