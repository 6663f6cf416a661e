using System.Text.Json.Nodes;

namespace IndustryTracker.Tests.Infra;

/// <summary>Access by role, not by key: the identity's data roles on the account, telemetry, and the deploying user's read access.</summary>
[Collection(InfraCollection.Name)]
public sealed class RoleAssignmentTests(BicepTemplate template)
{
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";
    private const string StorageBlobDataReader = "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1";
    private const string StorageBlobDelegator = "db58b8e5-c6ad-4a2a-8342-4190687cbf4a";

    [Theory]
    [InlineData(StorageBlobDataOwner)]
    [InlineData(StorageQueueDataContributor)]
    [InlineData(StorageTableDataContributor)]
    public void Identity_StorageDataRole_IsAssignedOnTheAccount(string role)
    {
        var assignment = Assert.Single(IdentityAssignments(), a => RoleOf(a) == role);
        Assert.StartsWith($"[extensionResourceId('{Id("Microsoft.Storage/storageAccounts")}', 'Microsoft.Authorization/roleAssignments'", (string)assignment["id"]!, StringComparison.Ordinal);
        Assert.Equal("ServicePrincipal", (string?)assignment["properties"]!["principalType"]);
    }

    [Fact]
    public void Identity_Telemetry_MayPublishToApplicationInsights()
    {
        var assignment = Assert.Single(IdentityAssignments(), a => RoleOf(a) == MonitoringMetricsPublisher);
        Assert.StartsWith($"[extensionResourceId('{Id("Microsoft.Insights/components")}', ", (string)assignment["id"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Identity_Roles_AreExactlyTheFourItNeeds() =>
        Assert.Equal(
            new[] { StorageBlobDataOwner, StorageQueueDataContributor, StorageTableDataContributor, MonitoringMetricsPublisher }.Order(StringComparer.Ordinal),
            IdentityAssignments().Select(RoleOf).Order(StringComparer.Ordinal));

    [Fact]
    public void DeployingUser_Exports_MayReadAndMintReadOnlyLinks()
    {
        var user = template.PredictedOfType("Microsoft.Authorization/roleAssignments")
            .Where(a => (string?)a["properties"]!["principalId"] == BicepTemplate.UserPrincipalId)
            .ToDictionary(RoleOf, a => (string)a["id"]!);

        Assert.Equal(new[] { StorageBlobDataReader, StorageBlobDelegator }.Order(StringComparer.Ordinal), user.Keys.Order(StringComparer.Ordinal));
        var exports = $"{Id("Microsoft.Storage/storageAccounts")}/blobServices/default/containers/{StorageNamesFile.AppContainers["ExportsContainer"]}/providers/";
        Assert.StartsWith(exports, user[StorageBlobDataReader], StringComparison.Ordinal);
        Assert.StartsWith($"{Id("Microsoft.Storage/storageAccounts")}/providers/", user[StorageBlobDelegator], StringComparison.Ordinal);
    }

    private IEnumerable<JsonNode> IdentityAssignments()
    {
        // The identity's principal ID exists only after deployment, so the evaluated template still references it.
        var identity = template.SinglePredicted("Microsoft.ManagedIdentity/userAssignedIdentities");
        var principal = $"[reference('{identity["id"]}', '{identity["apiVersion"]}').principalId]";
        return template.PredictedOfType("Microsoft.Authorization/roleAssignments").Where(a => (string?)a["properties"]!["principalId"] == principal);
    }

    private string Id(string type) => (string)template.SinglePredicted(type)["id"]!;

    private static string RoleOf(JsonNode assignment) => ((string)assignment["properties"]!["roleDefinitionId"]!).Split('/')[^1];
}
