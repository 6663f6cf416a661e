using System.Text.Json;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Functions;

/// <summary>Asserts the functions.metadata the Functions SDK generated at build: what the host will index in Azure.</summary>
public sealed class FunctionsMetadataTests
{
    private static readonly Dictionary<string, JsonElement> Functions = Load();

    [Fact]
    public void Metadata_ListsExactlyThePipelineFunctions()
    {
        Assert.Equal(
            ["add-companies", "benchmarks", "chart", "claims", "collect-newsroom", "collect-sec", "collect-warn", "companies", "company-layoffs", "compare", "export", "exports", "financials", "headcount", "health", "layoffs", "normalize", "openapi", "recompute", "statements", "warn"],
            Functions.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("collect-sec", "%CollectSecSchedule%")]
    [InlineData("collect-warn", "%CollectWarnSchedule%")]
    [InlineData("collect-newsroom", "%CollectNewsroomSchedule%")]
    [InlineData("export", "%ExportSchedule%")]
    public void TimerFunctions_TakeTheirScheduleFromSettings(string name, string schedule)
    {
        var trigger = Trigger(name);
        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(schedule, trigger.GetProperty("schedule").GetString());
    }

    [Theory]
    [InlineData("normalize", "%NormalizeQueue%")]
    [InlineData("recompute", "%RecomputeQueue%")]
    public void QueueFunctions_ReadTheQueueNamedInSettings(string name, string queue)
    {
        var trigger = Trigger(name);
        Assert.Equal("queueTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(queue, trigger.GetProperty("queueName").GetString());
    }

    [Theory]
    [InlineData("companies", "companies", "Function")]
    [InlineData("benchmarks", "benchmarks", "Function")]
    [InlineData("compare", "compare", "Function")]
    [InlineData("headcount", "companies/{ticker}/headcount", "Function")]
    [InlineData("financials", "companies/{ticker}/financials", "Function")]
    [InlineData("layoffs", "layoffs", "Function")]
    [InlineData("company-layoffs", "companies/{ticker}/layoffs", "Function")]
    [InlineData("warn", "warn", "Function")]
    [InlineData("statements", "statements", "Admin")]
    [InlineData("claims", "claims", "Function")]
    [InlineData("chart", "charts/{metric}", "Function")]
    [InlineData("exports", "exports", "Function")]
    [InlineData("health", "health", "Anonymous")]
    [InlineData("openapi", "openapi.json", "Anonymous")]
    public void HttpFunctions_HaveRouteAndAuthLevel(string name, string route, string authLevel)
    {
        var trigger = Trigger(name);
        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal(authLevel, trigger.GetProperty("authLevel").GetString());
        // The admin endpoint writes; every other reads.
        Assert.Equal([name == "statements" ? "post" : "get"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public void AddCompanies_IsAPostOnTheCompaniesRoute_AtAdminLevel()
    {
        var trigger = Trigger("add-companies");
        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("companies", trigger.GetProperty("route").GetString());
        Assert.Equal("Admin", trigger.GetProperty("authLevel").GetString());
        Assert.Equal(["post"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
    }

    private static JsonElement Trigger(string name) =>
        Functions[name].GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));

    private static Dictionary<string, JsonElement> Load()
    {
        // The Functions SDK writes functions.metadata at build; the project reference copies it next to the tests.
        var path = Path.Combine(AppContext.BaseDirectory, "functions.metadata");
        Assert.True(File.Exists(path), $"{path} missing: build the function app");
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.Clone());
    }
}
