using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Infra;

/// <summary>A Flex Consumption .NET 10 isolated app that reaches storage with its identity, and every setting it binds.</summary>
[Collection(InfraCollection.Name)]
public sealed partial class FunctionAppTemplateTests(BicepTemplate template)
{
    private const string Site = "Microsoft.Web/sites";

    [Fact]
    public void Plan_Predicted_IsFlexConsumptionOnLinux()
    {
        var plan = template.SinglePredicted("Microsoft.Web/serverfarms");
        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
        Assert.True((bool)plan["properties"]!["reserved"]!);
        Assert.Equal((string)plan["id"]!, (string?)template.SinglePredicted(Site)["properties"]!["serverFarmId"]);
    }

    [Fact]
    public void Site_Predicted_RunsDotnetIsolated10OverHttpsOnly()
    {
        var site = template.SinglePredicted(Site);
        Assert.Equal("functionapp,linux", (string?)site["kind"]);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        var runtime = site["properties"]!["functionAppConfig"]!["runtime"]!;
        Assert.Equal("dotnet-isolated", (string?)runtime["name"]);
        Assert.Equal("10.0", (string?)runtime["version"]);
    }

    [Fact]
    public void Site_Identity_IsTheUserAssignedIdentityAlone()
    {
        var site = template.SinglePredicted(Site);
        var identityId = (string)template.SinglePredicted("Microsoft.ManagedIdentity/userAssignedIdentities")["id"]!;
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.Equal([identityId], site["identity"]!["userAssignedIdentities"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Site_DeploymentStorage_IsAContainerOfTheAccountReadWithTheIdentity()
    {
        var storage = template.SinglePredicted(Site)["properties"]!["functionAppConfig"]!["deployment"]!["storage"]!;
        Assert.Equal("blobContainer", (string?)storage["type"]);
        Assert.Equal("UserAssignedIdentity", (string?)storage["authentication"]!["type"]);
        Assert.Equal((string?)template.SinglePredicted("Microsoft.ManagedIdentity/userAssignedIdentities")["id"], (string?)storage["authentication"]!["userAssignedIdentityResourceId"]);

        var location = BlobUrl().Match((string)storage["value"]!);
        Assert.True(location.Success, $"unexpected deployment location {storage["value"]}");
        Assert.Equal((string?)template.SinglePredicted("Microsoft.Storage/storageAccounts")["id"], location.Groups["account"].Value);
        Assert.StartsWith("app-package-", location.Groups["container"].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettings_StorageConnection_IsIdentityBasedWithNoKey()
    {
        var settings = template.AppSettings;
        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.Matches(@"^\[reference\('[^']+/userAssignedIdentities/[^']+', '[^']+'\)\.clientId\]$", settings["AzureWebJobsStorage__clientId"]);
        foreach (var service in new[] { "blob", "queue", "table" })
        {
            Assert.Matches($@"^\[reference\('[^']+/storageAccounts/[^']+', '[^']+'\)\.primaryEndpoints\.{service}\]$", settings[$"AzureWebJobsStorage__{service}ServiceUri"]);
        }

        // A plain AzureWebJobsStorage would be a connection string, i.e. a key.
        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
        Assert.All(settings.Values, v => Assert.DoesNotContain("AccountKey", v ?? "", StringComparison.OrdinalIgnoreCase));
        Assert.All(settings.Values, v => Assert.DoesNotContain("listKeys", v ?? "", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AppSettings_Telemetry_UsesTheIdentityNotTheKey()
    {
        var settings = template.AppSettings;
        Assert.Matches(@"^\[format\('ClientId=\{0\};Authorization=AAD', reference\('[^']+/userAssignedIdentities/[^']+', '[^']+'\)\.clientId\)\]$", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        var insights = template.SinglePredicted("Microsoft.Insights/components");
        Assert.True((bool)insights["properties"]!["DisableLocalAuth"]!);
        Assert.Equal((string?)template.SinglePredicted("Microsoft.OperationalInsights/workspaces")["id"], (string?)insights["properties"]!["WorkspaceResourceId"]);
    }

    [Fact]
    public void AppSettings_EverySettingABindingReads_IsSet()
    {
        Assert.Equal(["CollectNewsroomSchedule", "CollectSecSchedule", "CollectWarnSchedule", "ExportSchedule", "NormalizeQueue", "RecomputeQueue"], FunctionBindings.SettingReferences.Order(StringComparer.Ordinal));
        foreach (var setting in FunctionBindings.SettingReferences)
        {
            Assert.True(template.AppSettings.TryGetValue(setting, out var value) && !string.IsNullOrWhiteSpace(value), $"app setting {setting} missing");
        }
    }

    [Fact]
    public void AppSettings_Runtime_IsLeftToFunctionAppConfig()
    {
        // Flex Consumption rejects FUNCTIONS_WORKER_RUNTIME and the other plans' deployment settings.
        foreach (var key in new[] { "FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "WEBSITE_RUN_FROM_PACKAGE", "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING" })
        {
            Assert.DoesNotContain(key, template.AppSettings.Keys);
        }
    }

    [Fact]
    public void AppSettings_SecUserAgent_IsTheParameter() =>
        Assert.Equal(BicepTemplate.SecUserAgent, template.AppSettings["Sec__UserAgent"]);

    [Fact]
    public void AppSettings_Schedules_DefaultToTheLocalSettingsExample()
    {
        var example = JsonNode.Parse(File.ReadAllText(Path.Combine(Fixtures.RepoRoot, "functions", "IndustryTracker.Functions", "local.settings.example.json")))!["Values"]!;
        var schedules = FunctionBindings.Triggers.Values.Where(t => (string?)t["type"] == "timerTrigger").Select(t => ((string)t["schedule"]!).Trim('%')).ToList();
        Assert.Equal(4, schedules.Count);
        foreach (var schedule in schedules)
        {
            Assert.Equal((string?)example[schedule], template.AppSettings[schedule]);
        }
    }

    [Fact]
    public void MaximumInstanceCount_Default_GivesEveryScaleGroupAnInstance()
    {
        // Flex scales HTTP functions together and every other function on its own; each group needs an instance.
        var groups = 1 + FunctionBindings.Triggers.Values.Count(t => (string?)t["type"] != "httpTrigger");
        var scale = template.SinglePredicted(Site)["properties"]!["functionAppConfig"]!["scaleAndConcurrency"]!;
        var maximum = (int)scale["maximumInstanceCount"]!;
        Assert.Equal(((JsonValue)ArmTemplate.DefaultValue(template.Main, "maximumInstanceCount")!).GetValue<int>(), maximum);
        Assert.InRange(maximum, groups, 40);
    }

    [Fact]
    public void SecFetching_OnlyTimerFunctions_SoTheInstanceCountCannotMultiplyIt()
    {
        // The SEC rate holds at any instance count only because SEC is fetched from timer functions (app-wide
        // singletons). A queue or HTTP function reaching SecClient would fetch once per instance: revisit the cap then.
        // The one exception is adding a company (admin key only, two requests per call, an editor's action rather
        // than a schedule): it may run on any instance, so it is named here and held to the admin level.
        var fetching = SecDependency.FunctionsReachingSecClient();
        Assert.Equal(["add-companies", "collect-sec"], fetching);
        Assert.Equal("timerTrigger", (string?)FunctionBindings.Triggers["collect-sec"]["type"]);
        Assert.Equal(("httpTrigger", "Admin"), ((string?)FunctionBindings.Triggers["add-companies"]["type"], (string?)FunctionBindings.Triggers["add-companies"]["authLevel"]));
    }

    /// <summary>The deployment package container named in the site's functionAppConfig.</summary>
    public static string DeploymentContainer(BicepTemplate template)
    {
        var value = (string)template.SinglePredicted(Site)["properties"]!["functionAppConfig"]!["deployment"]!["storage"]!["value"]!;
        var match = BlobUrl().Match(value);
        Assert.True(match.Success, value);
        return match.Groups["container"].Value;
    }

    [GeneratedRegex(@"^\[format\('\{0\}\{1\}', reference\('(?<account>[^']+)', '[^']+'\)\.primaryEndpoints\.blob, '(?<container>[^']+)'\)\]$")]
    private static partial Regex BlobUrl();
}
