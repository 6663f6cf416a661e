using Azure.Identity;
using IndustryTracker.Core.Hosting;
using IndustryTracker.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Tests.Storage;

/// <summary>
/// Storage from a connection string (local, Azurite) or from identity-based settings (Azure, shared keys off), wired
/// exactly as the function app wires it. Nothing here sends a request: clients are built, not called.
/// </summary>
public sealed class StorageOptionsIdentityTests
{
    private static readonly Dictionary<string, string?> Identity = new()
    {
        // Environment variables spell ':' as '__' (AzureWebJobsStorage__blobServiceUri); configuration sees this.
        ["AzureWebJobsStorage:blobServiceUri"] = "https://stexample.blob.core.windows.net/",
        ["AzureWebJobsStorage:queueServiceUri"] = "https://stexample.queue.core.windows.net/",
        ["AzureWebJobsStorage:tableServiceUri"] = "https://stexample.table.core.windows.net/",
        ["AzureWebJobsStorage:credential"] = "managedidentity",
        ["AzureWebJobsStorage:clientId"] = "00000000-0000-0000-0000-0000000000cc",
    };

    [Fact]
    public void Options_IdentitySettings_BindTheServiceUrisAndClientId()
    {
        var options = Options(Identity);

        var identity = Assert.IsType<StorageConnection>(options.AzureWebJobsStorage);
        Assert.False(identity.HasConnectionString);
        Assert.True(identity.HasServiceUris);
        Assert.Equal(new Uri("https://stexample.blob.core.windows.net/"), identity.BlobServiceUri);
        Assert.Equal(new Uri("https://stexample.queue.core.windows.net/"), identity.QueueServiceUri);
        Assert.Equal(new Uri("https://stexample.table.core.windows.net/"), identity.TableServiceUri);
        Assert.Equal("00000000-0000-0000-0000-0000000000cc", identity.ClientId);
    }

    [Fact]
    public void Options_EnvironmentVariables_BindAsTheHostSpellsThem()
    {
        // As set in Azure: AzureWebJobsStorage__blobServiceUri and so on (a unique prefix keeps other tests out of it).
        var prefix = $"IT{Guid.NewGuid():N}_";
        var variables = Identity.ToDictionary(p => prefix + p.Key.Replace(":", "__", StringComparison.Ordinal), p => p.Value);
        try
        {
            foreach (var (name, value) in variables)
            {
                Environment.SetEnvironmentVariable(name, value);
            }

            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            builder.Configuration.AddEnvironmentVariables(prefix);
            builder.AddTrackerStorage();
            using var provider = builder.Services.BuildServiceProvider();
            var connection = provider.GetRequiredService<IOptions<StorageOptions>>().Value.AzureWebJobsStorage;

            Assert.Equal(new Uri("https://stexample.table.core.windows.net/"), connection?.TableServiceUri);
            Assert.Equal("managedidentity", connection?.Credential);
        }
        finally
        {
            foreach (var name in variables.Keys)
            {
                Environment.SetEnvironmentVariable(name, null);
            }
        }
    }

    [Fact]
    public void Options_ConnectionString_BindsWithoutAnIdentity()
    {
        var options = Options(new() { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" });

        Assert.Equal("UseDevelopmentStorage=true", options.AzureWebJobsStorage?.ConnectionString);
        Assert.False(options.AzureWebJobsStorage?.HasServiceUris);
    }

    [Fact]
    public void Options_NeitherConnectionStringNorUris_FailsNamingWhatToSet()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options([]));
        Assert.Contains("AzureWebJobsStorage", error.Message, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage__blobServiceUri", error.Message, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage__tableServiceUri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_SomeUrisMissing_Fails()
    {
        var partial = new Dictionary<string, string?>(Identity);
        partial.Remove("AzureWebJobsStorage:queueServiceUri");
        Assert.Throws<OptionsValidationException>(() => Options(partial));
    }

    [Fact]
    public void TrackerStorage_IdentitySettings_AddressesTheConfiguredServices()
    {
        using var provider = Provider(Identity);
        var storage = provider.GetRequiredService<TrackerStorage>();

        Assert.Equal(new Uri("https://stexample.blob.core.windows.net/raw"), storage.Raw.Uri);
        Assert.Equal(new Uri("https://stexample.blob.core.windows.net/exports"), storage.Exports.Uri);
        Assert.Equal(new Uri("https://stexample.queue.core.windows.net/normalize"), storage.Normalize.Uri);
        Assert.Equal(new Uri("https://stexample.queue.core.windows.net/recompute"), storage.Recompute.Uri);
        Assert.Equal("stexample", storage.Documents.AccountName);
        Assert.Equal("documents", storage.Documents.Name);
        // No key: a client built from a token credential cannot sign a SAS itself.
        Assert.False(storage.Exports.CanGenerateSasUri);
    }

    [Fact]
    public void TrackerStorage_ConnectionString_WinsOverIdentitySettings()
    {
        var both = new Dictionary<string, string?>(Identity) { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" };
        using var provider = Provider(both);
        var storage = provider.GetRequiredService<TrackerStorage>();

        Assert.Equal("devstoreaccount1", storage.Raw.AccountName);
        Assert.True(storage.Raw.CanGenerateSasUri);
    }

    [Theory]
    [InlineData("managedidentity", "00000000-0000-0000-0000-0000000000cc", typeof(ManagedIdentityCredential))]
    [InlineData("ManagedIdentity", null, typeof(ManagedIdentityCredential))]
    [InlineData(null, null, typeof(DefaultAzureCredential))]
    public void CreateCredential_CredentialSetting_PicksTheCredential(string? credential, string? clientId, Type expected)
    {
        var connection = new StorageConnection { Credential = credential, ClientId = clientId };
        Assert.IsType(expected, connection.CreateCredential());
    }

    private static StorageOptions Options(Dictionary<string, string?> settings)
    {
        using var provider = Provider(settings);
        return provider.GetRequiredService<IOptions<StorageOptions>>().Value;
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        // The app's own registration (configuration root binding, data-annotation validation).
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddTrackerStorage();
        return builder.Services.BuildServiceProvider();
    }
}
