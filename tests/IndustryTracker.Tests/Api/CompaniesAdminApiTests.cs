using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IndustryTracker.Cli.Commands;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Api;

/// <summary>POST /api/companies on the local server (`tracker serve --api-key`): add by ticker, unknown ticker 400, key required.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CompaniesAdminApiTests(AzuriteFixture azurite)
{
    private const string Key = "test-admin-key-not-a-secret";

    [Fact]
    public async Task Post_Tickers_AddsThem_AndGetCompaniesListsThemWithANewETag()
    {
        using var overlay = new CompaniesOverlay();
        await using var server = await LocalApiServer.StartAsync(Settings(overlay), Key);
        server.Client.DefaultRequestHeaders.Add(ApiKeyMiddleware.Header, Key);
        using var before = await server.Client.GetAsync("/api/companies");
        var etag = before.Headers.ETag!.Tag;

        using var response = await server.Client.PostAsync("/api/companies?tickers=NVDA,META&aliases=NVIDIA Corporation|Facebook, Inc.", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var added = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["NVDA", "META"], added.EnumerateArray().Select(c => c.GetProperty("ticker").GetString()));
        Assert.Equal(
            ["NVIDIA CORP", "NVIDIA CORP/CA", "NVIDIA Corporation", "Facebook, Inc."],
            added[0].GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        using var after = await server.Client.GetAsync("/api/companies");
        Assert.NotEqual(etag, after.Headers.ETag!.Tag);
        var listed = await after.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["MSFT", "META", "NVDA"], listed.EnumerateArray().Select(c => c.GetProperty("ticker").GetString()));
        Assert.Equal(1045810, listed[2].GetProperty("cik").GetInt64());
    }

    [Fact]
    public async Task Post_UnknownTicker_Answers400NamingIt()
    {
        using var overlay = new CompaniesOverlay();
        await using var server = await LocalApiServer.StartAsync(Settings(overlay), Key);
        server.Client.DefaultRequestHeaders.Add(ApiKeyMiddleware.Header, Key);

        using var response = await server.Client.PostAsync("/api/companies?tickers=CRWV", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("tickers", problem.GetProperty("parameter").GetString());
        Assert.Equal("unknown ticker 'CRWV': it is not in SEC's ticker list (www.sec.gov/files/company_tickers.json).", problem.GetProperty("detail").GetString());
        var listed = await server.Client.GetFromJsonAsync<JsonElement>("/api/companies");
        Assert.Equal(["MSFT"], listed.EnumerateArray().Select(c => c.GetProperty("ticker").GetString()));
    }

    [Fact]
    public async Task Post_WithoutTheKey_Answers401AndAddsNothing()
    {
        using var overlay = new CompaniesOverlay();
        await using var server = await LocalApiServer.StartAsync(Settings(overlay), Key);

        using var response = await server.Client.PostAsync("/api/companies?tickers=NVDA", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        server.Client.DefaultRequestHeaders.Add(ApiKeyMiddleware.Header, Key);
        var listed = await server.Client.GetFromJsonAsync<JsonElement>("/api/companies");
        Assert.Equal(["MSFT"], listed.EnumerateArray().Select(c => c.GetProperty("ticker").GetString()));
    }

    private Dictionary<string, string?> Settings(CompaniesOverlay overlay)
    {
        var settings = TestStorage.Settings(azurite.ConnectionString);
        settings["Companies:File"] = overlay.WriteCompaniesFile(CompaniesOverlay.MicrosoftOnly);
        settings["Replay:Directory"] = overlay.ReplayDirectories;
        return settings;
    }
}
