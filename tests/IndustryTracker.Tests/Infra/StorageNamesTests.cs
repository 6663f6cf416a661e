namespace IndustryTracker.Tests.Infra;

/// <summary>
/// Names cannot drift: storage-names.json must equal the app's StorageOptions (by reflection), and what the compiled
/// template creates and sets must equal the app's names too, checked on the evaluated template, not on the JSON file.
/// </summary>
[Collection(InfraCollection.Name)]
public sealed class StorageNamesTests(BicepTemplate template)
{
    private const string Containers = "Microsoft.Storage/storageAccounts/blobServices/containers";
    private const string Queues = "Microsoft.Storage/storageAccounts/queueServices/queues";
    private const string Tables = "Microsoft.Storage/storageAccounts/tableServices/tables";

    [Theory]
    [InlineData("containers", "Container")]
    [InlineData("queues", "Queue")]
    [InlineData("tables", "Table")]
    public void NamesFile_Section_EqualsTheAppsSettingsAndDefaults(string section, string suffix)
    {
        var expected = StorageNamesFile.AppNames(suffix);
        Assert.Equal(section switch { "containers" => 2, "queues" => 3, _ => 12 }, expected.Count);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), StorageNamesFile.Section(section).OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void NamesFile_TriggerQueues_AreTheQueuesTheFunctionsTriggerOn()
    {
        Assert.Equal(["NormalizeQueue", "RecomputeQueue"], FunctionBindings.QueueTriggerSettings.Order(StringComparer.Ordinal));
        Assert.Equal(FunctionBindings.QueueTriggerSettings.Order(StringComparer.Ordinal), StorageNamesFile.TriggerQueues.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Containers_Predicted_AreTheAppsContainersPlusTheDeploymentContainer()
    {
        var expected = StorageNamesFile.AppContainers.Values.Append(FunctionAppTemplateTests.DeploymentContainer(template));
        Assert.Equal(expected.Order(StringComparer.Ordinal), template.ChildNames(Containers));
    }

    [Fact]
    public void Queues_Predicted_AreTheAppsQueuesPlusAPoisonQueuePerTrigger()
    {
        var app = StorageNamesFile.AppQueues;
        // The host moves a message that failed maxDequeueCount times to '<queue>-poison'.
        var poison = FunctionBindings.QueueTriggerSettings.Select(setting => app[setting] + "-poison");
        var expected = app.Values.Union(poison, StringComparer.Ordinal);
        Assert.Equal(expected.Order(StringComparer.Ordinal), template.ChildNames(Queues));
        Assert.Contains("recompute-poison", template.ChildNames(Queues));
    }

    [Fact]
    public void Tables_Predicted_AreTheAppsTables() =>
        Assert.Equal(StorageNamesFile.AppTables.Values.Order(StringComparer.Ordinal), template.ChildNames(Tables));

    [Fact]
    public void AppSettings_EveryResourceName_EqualsTheAppsDefault()
    {
        var settings = template.AppSettings;
        foreach (var (setting, name) in StorageNamesFile.AppContainers.Concat(StorageNamesFile.AppQueues).Concat(StorageNamesFile.AppTables))
        {
            Assert.True(settings.TryGetValue(setting, out var value), $"app setting {setting} missing");
            Assert.Equal(name, value);
        }
    }
}
