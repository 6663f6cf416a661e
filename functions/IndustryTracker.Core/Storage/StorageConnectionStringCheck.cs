using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace IndustryTracker.Core.Storage;

/// <summary>
/// Says what is wrong with an Azure Storage connection string before any client is built from it, so a malformed
/// <c>AzureWebJobsStorage</c> (or the CLI's <c>--storage</c>) stops the host at start with a message instead of an
/// exception from deep inside the first storage call. The message names only the setting's known keys and positions:
/// never a value, and never an unknown key (a connection string split in the wrong place can put part of an account
/// key where a key name should be).
/// </summary>
public static class StorageConnectionStringCheck
{
    private static readonly HashSet<string> EndpointKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "BlobEndpoint", "QueueEndpoint", "TableEndpoint", "FileEndpoint",
        "BlobSecondaryEndpoint", "QueueSecondaryEndpoint", "TableSecondaryEndpoint", "FileSecondaryEndpoint",
        "DevelopmentStorageProxyUri",
    };

    private static readonly HashSet<string> OtherKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "DefaultEndpointsProtocol", "AccountName", "AccountKey", "EndpointSuffix", "SharedAccessSignature", "UseDevelopmentStorage",
    };

    public const string Example = "DefaultEndpointsProtocol=https;AccountName=NAME;AccountKey=KEY;EndpointSuffix=core.windows.net, or UseDevelopmentStorage=true";

    /// <summary>What is wrong with <paramref name="connectionString"/>, or null when the storage clients accept it.</summary>
    public static string? Problem(string connectionString)
    {
        var parts = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < parts.Length; i++)
        {
            var equals = parts[i].IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return $"part {i + 1} of {parts.Length} is not a Key=Value pair";
            }

            var key = parts[i][..equals].Trim();
            if (!EndpointKeys.Contains(key) && !OtherKeys.Contains(key))
            {
                return $"part {i + 1} of {parts.Length} has a key Azure Storage does not know";
            }

            if (!values.TryAdd(key, parts[i][(equals + 1)..].Trim()))
            {
                return $"{key} is given twice";
            }
        }

        if (values.TryGetValue("UseDevelopmentStorage", out var development) && !development.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return "UseDevelopmentStorage can only be true";
        }

        if (values.TryGetValue("DefaultEndpointsProtocol", out var protocol) && protocol is not ("http" or "https"))
        {
            return "DefaultEndpointsProtocol must be http or https";
        }

        foreach (var (key, value) in values.Where(v => EndpointKeys.Contains(v.Key)))
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                return $"{key} is not an absolute http(s) URL";
            }
        }

        if (values.TryGetValue("AccountKey", out var accountKey) && !IsBase64(accountKey))
        {
            return "AccountKey is not valid Base64 (copy the whole key from the storage account's access keys)";
        }

        if (!values.ContainsKey("UseDevelopmentStorage") && !values.ContainsKey("AccountName")
            && !(values.ContainsKey("BlobEndpoint") && values.ContainsKey("QueueEndpoint") && values.ContainsKey("TableEndpoint")))
        {
            return "it names no account (AccountName) and not all of BlobEndpoint, QueueEndpoint and TableEndpoint";
        }

        // The keys look right; the clients themselves have the last word (they are only constructed: no request is sent).
        try
        {
            _ = new BlobServiceClient(connectionString);
            _ = new QueueServiceClient(connectionString);
            _ = new TableServiceClient(connectionString);
            return null;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            // The SDK's message is not repeated: it is not ours to promise that it never quotes the string.
            return $"the Azure Storage clients refuse it ({ex.GetType().Name}); check that it holds AccountName and AccountKey, or SharedAccessSignature with endpoints";
        }
    }

    private static bool IsBase64(string value)
    {
        var buffer = new byte[value.Length];
        return value.Length > 0 && Convert.TryFromBase64String(value, buffer, out _);
    }
}
