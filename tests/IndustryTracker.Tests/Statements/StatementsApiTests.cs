using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Statements;

/// <summary>POST /api/statements on the local server (`tracker serve`): admin-only, validated field by field, reconciled at once.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StatementsApiTests(AzuriteFixture azurite)
{
    private const string Key = "test-key-not-a-secret";

    // CBS News, 2025-07-02, https://www.cbsnews.com/news/microsoft-layoffs-9000-workers/
    private static readonly object Cbs = new
    {
        company = "MSFT",
        date = "2025-07-02",
        count = 9000,
        url = "https://www.cbsnews.com/news/microsoft-layoffs-9000-workers/",
        quote = "Microsoft, a leading U.S. software company, is laying off 4% of its workforce, or about 9,000 workers, in a new round of job cuts, the company said Wednesday.",
        publisher = "CBS News",
        addedBy = "desk@example.org",
    };

    [Fact]
    public async Task Post_WithKey_StoresItAndTheCompanysLayoffsShowItAsAnEditorStatement()
    {
        await using var server = await LocalApiServer.StartAsync(TestStorage.Settings(azurite.ConnectionString), Key);
        server.Client.DefaultRequestHeaders.Add("x-api-key", Key);

        using var response = await server.Client.PostAsJsonAsync("/api/statements", Cbs);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/companies/MSFT/layoffs", response.Headers.Location?.OriginalString);
        var layoffs = await server.Client.GetFromJsonAsync<JsonElement>("/api/companies/MSFT/layoffs");
        var e = layoffs.EnumerateArray().Single();
        Assert.Equal(("MSFT-2025-07-02", 9000L, "count from an editor statement (secondary source: CBS News)"), (e.GetProperty("id").GetString(), e.GetProperty("count").GetInt64(), e.GetProperty("basis").GetString()));
        var source = e.GetProperty("sources").EnumerateArray().Single();
        Assert.Equal(("editor", "CBS News", "desk@example.org"), (source.GetProperty("kind").GetString(), source.GetProperty("publisher").GetString(), source.GetProperty("addedBy").GetString()));
        Assert.True(source.TryGetProperty("addedAt", out _));
    }

    [Fact]
    public async Task Post_InvalidField_Answers400NamingIt()
    {
        await using var server = await LocalApiServer.StartAsync(TestStorage.Settings(azurite.ConnectionString), Key);
        server.Client.DefaultRequestHeaders.Add("x-api-key", Key);

        using var response = await server.Client.PostAsJsonAsync("/api/statements", new { company = "MSFT", date = "2025-07-02", count = 9000, url = "not a url", quote = "q", publisher = "CBS News", addedBy = "desk" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("url", problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Post_ServerWithoutKey_Refuses403AndWithWrongKey401()
    {
        await using (var open = await LocalApiServer.StartAsync(TestStorage.Settings(azurite.ConnectionString)))
        {
            using var response = await open.Client.PostAsJsonAsync("/api/statements", Cbs);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        await using var keyed = await LocalApiServer.StartAsync(TestStorage.Settings(azurite.ConnectionString), Key);
        keyed.Client.DefaultRequestHeaders.Add("x-api-key", "wrong");
        using var refused = await keyed.Client.PostAsJsonAsync("/api/statements", Cbs);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
