using System.ComponentModel;
using Azure.Core;
using Azure.Identity;

namespace IndustryTracker.Core.Storage;

/// <summary>
/// The <c>AzureWebJobsStorage</c> setting in either of the Functions host's two forms: a connection string (its value;
/// local runs, Azurite) or an identity-based connection (its children <c>__blobServiceUri</c>, <c>__queueServiceUri</c>,
/// <c>__tableServiceUri</c>, <c>__credential</c>, <c>__clientId</c>; Azure, where the account allows no shared keys).
/// The app reads the very settings the host reads. One type for both because the configuration binder cannot bind a
/// plain string from a key that has children; the converter takes the value form.
/// </summary>
[TypeConverter(typeof(StorageConnectionConverter))]
public sealed class StorageConnection
{
    public string? ConnectionString { get; set; }
    public Uri? BlobServiceUri { get; set; }
    public Uri? QueueServiceUri { get; set; }
    public Uri? TableServiceUri { get; set; }

    /// <summary><c>managedidentity</c> uses the managed identity only; anything else, the default chain (a developer's sign-in too).</summary>
    public string? Credential { get; set; }

    /// <summary>The client ID of a user-assigned managed identity (empty for the system-assigned one).</summary>
    public string? ClientId { get; set; }

    public bool HasConnectionString => !string.IsNullOrWhiteSpace(ConnectionString);

    public bool HasServiceUris => BlobServiceUri is not null && QueueServiceUri is not null && TableServiceUri is not null;

    public TokenCredential CreateCredential()
    {
        if (string.Equals(Credential, "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return new ManagedIdentityCredential(string.IsNullOrWhiteSpace(ClientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(ClientId));
        }

        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = ClientId });
    }
}
