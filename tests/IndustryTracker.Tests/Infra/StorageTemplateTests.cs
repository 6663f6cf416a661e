using System.Text.Json.Nodes;

namespace IndustryTracker.Tests.Infra;

/// <summary>The storage account accepts Entra ID over HTTPS only, and nothing in it is public.</summary>
[Collection(InfraCollection.Name)]
public sealed class StorageTemplateTests(BicepTemplate template)
{
    private const string Account = "Microsoft.Storage/storageAccounts";

    [Fact]
    public void StorageAccount_Compiled_SharedKeyOffTls12HttpsOnlyNoPublicBlobAccess()
    {
        // On the compiled ARM JSON itself (the storage module's nested template) and on its evaluation.
        var compiled = Assert.Single(ArmTemplate.OfType(template.Main, Account));
        AssertLockedDown(compiled["properties"]!);
        AssertLockedDown(template.SinglePredicted(Account)["properties"]!);
    }

    [Fact]
    public void Containers_Predicted_AreAllPrivate()
    {
        var containers = template.PredictedOfType("Microsoft.Storage/storageAccounts/blobServices/containers").ToList();
        // The app's two (exports, raw) and the deployment package's.
        Assert.Equal(3, containers.Count);
        Assert.All(containers, c => Assert.Equal("None", (string?)c["properties"]?["publicAccess"]));
    }

    [Fact]
    public void StorageAccount_Predicted_IsTheOneTheAppSettingsPointAt()
    {
        var account = template.SinglePredicted(Account);
        var id = (string)account["id"]!;
        foreach (var key in new[] { "AzureWebJobsStorage__blobServiceUri", "AzureWebJobsStorage__queueServiceUri", "AzureWebJobsStorage__tableServiceUri" })
        {
            Assert.Contains($"'{id}'", template.AppSettings[key], StringComparison.Ordinal);
        }
    }

    private static void AssertLockedDown(JsonNode properties)
    {
        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
    }
}
