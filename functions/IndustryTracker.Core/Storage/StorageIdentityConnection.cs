namespace IndustryTracker.Core.Storage;

/// <summary>
/// An identity-based storage connection, in the Functions host's own shape (<c>AzureWebJobsStorage__blobServiceUri</c>,
/// <c>__queueServiceUri</c>, <c>__tableServiceUri</c>, <c>__credential</c>, <c>__clientId</c>), so the app and the
/// host read the very same settings and no key is needed anywhere.
/// </summary>
public sealed class StorageIdentityConnection
{
    public Uri? BlobServiceUri { get; set; }
    public Uri? QueueServiceUri { get; set; }
    public Uri? TableServiceUri { get; set; }

    /// <summary><c>managedidentity</c> uses the managed identity only; anything else, the developer's credentials too.</summary>
    public string? Credential { get; set; }

    /// <summary>The client ID of a user-assigned managed identity (empty for the system-assigned one).</summary>
    public string? ClientId { get; set; }

    public bool IsComplete => BlobServiceUri is not null && QueueServiceUri is not null && TableServiceUri is not null;

    public Azure.Core.TokenCredential CreateCredential()
    {
        if (string.Equals(Credential, "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return string.IsNullOrWhiteSpace(ClientId)
                ? new Azure.Identity.ManagedIdentityCredential(Azure.Identity.ManagedIdentityId.SystemAssigned)
                : new Azure.Identity.ManagedIdentityCredential(Azure.Identity.ManagedIdentityId.FromUserAssignedClientId(ClientId));
        }

        // Off Azure (a developer against a real account after `az login`), the default chain finds the signed-in user.
        return new Azure.Identity.DefaultAzureCredential(new Azure.Identity.DefaultAzureCredentialOptions { ManagedIdentityClientId = ClientId });
    }
}
