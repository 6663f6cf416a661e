using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Storage;

/// <summary>The containers, queues and tables the pipeline uses, from one connection.</summary>
public sealed class TrackerStorage
{
    public TrackerStorage(IOptions<StorageOptions> options)
    {
        var o = options.Value;
        var connection = o.AzureWebJobsStorage!;
        var blobOptions = new BlobClientOptions();
        // Base64 matches the Functions queue trigger's default message encoding.
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        var tableOptions = new TableClientOptions();
        foreach (var clientOptions in new Azure.Core.ClientOptions[] { blobOptions, queueOptions, tableOptions })
        {
            // Fail within seconds when storage is down (a clear error beats a minute of silent retries).
            clientOptions.Retry.MaxRetries = 3;
            clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
            clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(2);
            clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(60);
        }

        BlobServiceClient blobs;
        QueueServiceClient queues;
        TableServiceClient tables;
        if (connection.HasConnectionString)
        {
            blobs = new BlobServiceClient(connection.ConnectionString, blobOptions);
            queues = new QueueServiceClient(connection.ConnectionString, queueOptions);
            tables = new TableServiceClient(connection.ConnectionString, tableOptions);
        }
        else
        {
            // Identity-based (validation guarantees the three URIs): Azure, where the account allows no shared keys.
            var credential = connection.CreateCredential();
            blobs = new BlobServiceClient(connection.BlobServiceUri, credential, blobOptions);
            queues = new QueueServiceClient(connection.QueueServiceUri, credential, queueOptions);
            tables = new TableServiceClient(connection.TableServiceUri, credential, tableOptions);
        }

        Raw = blobs.GetBlobContainerClient(o.RawContainer);
        Exports = blobs.GetBlobContainerClient(o.ExportsContainer);
        Normalize = queues.GetQueueClient(o.NormalizeQueue);
        NormalizePoison = queues.GetQueueClient(o.NormalizePoisonQueue);
        Recompute = queues.GetQueueClient(o.RecomputeQueue);
        Documents = tables.GetTableClient(o.DocumentsTable);
        Checkpoints = tables.GetTableClient(o.CheckpointsTable);
        Headcount = tables.GetTableClient(o.HeadcountTable);
        Financials = tables.GetTableClient(o.FinancialsTable);
        Benchmarks = tables.GetTableClient(o.BenchmarksTable);
        Statements = tables.GetTableClient(o.StatementsTable);
        Warn = tables.GetTableClient(o.WarnTable);
        Layoffs = tables.GetTableClient(o.LayoffsTable);
        Runs = tables.GetTableClient(o.RunsTable);
        Versions = tables.GetTableClient(o.VersionsTable);
        EditorStatements = tables.GetTableClient(o.EditorStatementsTable);
        Companies = tables.GetTableClient(o.CompaniesTable);
        MaxDequeueCount = o.MaxDequeueCount;
        MaxDocumentBytes = o.MaxDocumentMegabytes * 1024L * 1024L;
    }

    public BlobContainerClient Raw { get; }
    public BlobContainerClient Exports { get; }
    public QueueClient Normalize { get; }
    public QueueClient NormalizePoison { get; }
    public QueueClient Recompute { get; }
    public TableClient Documents { get; }
    public TableClient Checkpoints { get; }
    public TableClient Headcount { get; }
    public TableClient Financials { get; }
    public TableClient Benchmarks { get; }
    public TableClient Statements { get; }
    public TableClient Warn { get; }
    public TableClient Layoffs { get; }
    public TableClient Runs { get; }
    public TableClient Versions { get; }
    public TableClient EditorStatements { get; }

    /// <summary>Companies added by ticker (<c>tracker companies add</c>, <c>POST /api/companies</c>), merged with the seeds file.</summary>
    public TableClient Companies { get; }
    public int MaxDequeueCount { get; }
    public long MaxDocumentBytes { get; }

    public IEnumerable<TableClient> Tables => [Documents, Checkpoints, Headcount, Financials, Benchmarks, Statements, Warn, Layoffs, Runs, Versions, EditorStatements, Companies];

    /// <summary>Creates whatever does not exist yet; cheap to call at every start.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await Raw.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await Exports.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        foreach (var queue in new[] { Normalize, NormalizePoison, Recompute })
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        foreach (var table in Tables)
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
        }
    }
}
