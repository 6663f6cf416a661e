using System.Text.Json;
using AngleSharp.Html.Parser;
using Azure.Data.Tables;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Storage;

namespace IndustryTracker.Benchmarks.Pipeline;

/// <summary>
/// The least a normalizer must do for a work item when it handles one message at a time, as a queue-triggered
/// function does, issued bare through the SDK: read the archived blob, parse it with the bare library parse
/// (AngleSharp for HTML, <see cref="JsonDocument"/> for JSON; WARN exports are not parsed at all) and store one
/// entity. With the drainer's delete that is three storage requests and no extraction, so its throughput bounds from
/// above what the real normalizer could reach against the floor.
/// </summary>
public sealed class LeastNormalization(RawArchive archive, TableClient table)
{
    public async Task HandleAsync(string message, CancellationToken cancellationToken)
    {
        var item = NormalizeWorkItem.FromJson(message);
        var content = await archive.GetAsync(item.BlobName, cancellationToken);
        Parse(item.Kind, content);
        var entity = new TableEntity(item.Ticker, item.DocumentKey) { ["Sha256"] = item.Sha256 };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    private static void Parse(string kind, BinaryData content)
    {
        switch (kind)
        {
            case DocumentKinds.SecCompanyFacts:
                using (JsonDocument.Parse(content.ToMemory()))
                {
                }

                break;
            case DocumentKinds.SecFiling or DocumentKinds.SecExhibit or DocumentKinds.NewsroomArticle:
                using (var stream = content.ToStream())
                using (new HtmlParser().ParseDocument(stream))
                {
                }

                break;
        }
    }
}
