using System.ComponentModel.DataAnnotations;

namespace IndustryTracker.Core.Storage;

/// <summary>
/// Storage connection and resource names. Bound from the configuration root so that the same flat keys
/// (<c>NormalizeQueue</c>, …) serve both these options and the triggers' <c>%NormalizeQueue%</c> bindings.
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    /// <summary>
    /// The Functions host's own storage setting: a connection string (the CLI fills it from --storage) or, in Azure,
    /// its identity-based form (<c>AzureWebJobsStorage__blobServiceUri</c>, …).
    /// </summary>
    public StorageConnection? AzureWebJobsStorage { get; set; }

    [Required] public string RawContainer { get; set; } = StorageNames.RawContainer;
    [Required] public string ExportsContainer { get; set; } = StorageNames.ExportsContainer;
    [Required] public string NormalizeQueue { get; set; } = StorageNames.NormalizeQueue;
    [Required] public string NormalizePoisonQueue { get; set; } = StorageNames.NormalizePoisonQueue;
    [Required] public string RecomputeQueue { get; set; } = StorageNames.RecomputeQueue;
    [Required] public string DocumentsTable { get; set; } = StorageNames.DocumentsTable;
    [Required] public string CheckpointsTable { get; set; } = StorageNames.CheckpointsTable;
    [Required] public string HeadcountTable { get; set; } = StorageNames.HeadcountTable;
    [Required] public string FinancialsTable { get; set; } = StorageNames.FinancialsTable;
    [Required] public string BenchmarksTable { get; set; } = StorageNames.BenchmarksTable;
    [Required] public string StatementsTable { get; set; } = StorageNames.StatementsTable;
    [Required] public string WarnTable { get; set; } = StorageNames.WarnTable;
    [Required] public string LayoffsTable { get; set; } = StorageNames.LayoffsTable;
    [Required] public string RunsTable { get; set; } = StorageNames.RunsTable;
    [Required] public string VersionsTable { get; set; } = StorageNames.VersionsTable;
    [Required] public string EditorStatementsTable { get; set; } = StorageNames.EditorStatementsTable;
    [Required] public string CompaniesTable { get; set; } = StorageNames.CompaniesTable;

    /// <summary>How many times a work item is tried before it is poisoned (the host's maxDequeueCount).</summary>
    [Range(1, 100)] public int MaxDequeueCount { get; set; } = 5;

    /// <summary>Archived documents larger than this are quarantined unparsed (the largest 10-K here is 2.5 MB).</summary>
    [Range(1, 1_000)] public int MaxDocumentMegabytes { get; set; } = 40;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AzureWebJobsStorage is not { HasConnectionString: true } and not { HasServiceUris: true })
        {
            yield return new ValidationResult(
                "Set AzureWebJobsStorage (or pass --storage CONNECTION_STRING) to an Azure Storage connection string, or, for an " +
                "identity-based connection, set AzureWebJobsStorage__blobServiceUri, AzureWebJobsStorage__queueServiceUri and " +
                "AzureWebJobsStorage__tableServiceUri (plus AzureWebJobsStorage__credential=managedidentity and " +
                "AzureWebJobsStorage__clientId for a user-assigned identity).",
                [nameof(AzureWebJobsStorage)]);
        }
        else if (AzureWebJobsStorage.HasConnectionString && StorageConnectionStringCheck.Problem(AzureWebJobsStorage.ConnectionString!) is { } problem)
        {
            // Named both ways: the function app reads AzureWebJobsStorage, the CLI takes --storage (or the same setting).
            yield return new ValidationResult(
                $"AzureWebJobsStorage (the CLI's --storage) is not a valid Azure Storage connection string: {problem}. "
                + $"Expected e.g. {StorageConnectionStringCheck.Example}.",
                [nameof(AzureWebJobsStorage)]);
        }
    }
}
