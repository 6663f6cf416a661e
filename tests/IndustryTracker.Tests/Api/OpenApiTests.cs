using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IndustryTracker.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IndustryTracker.Tests.Api;

/// <summary>The generated OpenAPI document and docs page, held to the routes both hosts really map; and the local API key.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class OpenApiTests(AzuriteFixture azurite) : ApiServerOverIngestedStore(azurite, Key)
{
    private const string Key = "test-key-not-a-secret";

    [Fact]
    public async Task OpenApi_Document_DescribesExactlyTheMappedRoutesAndTheFunctionRoutes()
    {
        var document = await Client.GetFromJsonAsync<JsonElement>("/api/openapi.json");

        Assert.Equal("3.0.3", document.GetProperty("openapi").GetString());
        var documented = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        var mapped = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r is not "/api/openapi.json" and not "/api/docs")
            .Distinct(StringComparer.Ordinal) // GET and POST /api/companies: one path, two methods
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(mapped, documented);

        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")));
        var functionRoutes = metadata.RootElement.EnumerateArray()
            .SelectMany(f => f.GetProperty("bindings").EnumerateArray())
            .Where(b => b.GetProperty("type").GetString() == "httpTrigger")
            .Select(b => "/api/" + b.GetProperty("route").GetString())
            .Where(r => r != "/api/openapi.json")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(functionRoutes, documented);
    }

    [Fact]
    public async Task OpenApi_Benchmarks_HasEveryParameterAndTheProblemResponses()
    {
        var document = await Client.GetFromJsonAsync<JsonElement>("/api/openapi.json");
        var get = document.GetProperty("paths").GetProperty("/api/benchmarks").GetProperty("get");

        Assert.Equal(["companies", "from", "to", "period", "align", "metrics", "format"], get.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        foreach (var status in new[] { "200", "304", "400", "401", "503" })
        {
            Assert.True(get.GetProperty("responses").TryGetProperty(status, out _), status);
        }

        var schema = document.GetProperty("components").GetProperty("schemas").GetProperty("ComparisonResult");
        Assert.True(schema.GetProperty("properties").TryGetProperty("rows", out _));
    }

    [Fact]
    public async Task OpenApi_Companies_HasTheListAndTheAdminPost()
    {
        var document = await Client.GetFromJsonAsync<JsonElement>("/api/openapi.json");

        var path = document.GetProperty("paths").GetProperty("/api/companies");
        Assert.Equal(["get", "post"], path.EnumerateObject().Select(p => p.Name));
        var post = path.GetProperty("post");
        Assert.Equal("add-companies", post.GetProperty("operationId").GetString());
        Assert.Equal(["tickers", "aliases", "since"], post.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(["200", "400", "401", "502", "503"], post.GetProperty("responses").EnumerateObject().Select(r => r.Name));
    }

    [Fact]
    public async Task Docs_Page_ListsEveryEndpointEscaped()
    {
        using var response = await Client.GetAsync("/api/docs");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("GET /api/companies/{ticker}/layoffs", html, StringComparison.Ordinal);
        Assert.Contains("GET /api/charts/{metric}", html, StringComparison.Ordinal);
        Assert.Contains("POST /api/companies</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ApiKey_DataEndpointsNeedIt_HealthAndDocsStayOpen()
    {
        using var without = await Client.GetAsync("/api/companies");
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/companies") { Headers = { { "x-api-key", "wrong" } } };
        using var wrongResponse = await Client.SendAsync(wrong);
        using var right = new HttpRequestMessage(HttpMethod.Get, "/api/companies") { Headers = { { "x-api-key", Key } } };
        using var rightResponse = await Client.SendAsync(right);
        using var health = await Client.GetAsync("/api/health");
        using var openapi = await Client.GetAsync("/api/openapi.json");

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal("application/problem+json", without.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rightResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, openapi.StatusCode);
    }
}
