using Azure.Data.Tables;

namespace IndustryTracker.Core.Storage.Entities;

/// <summary>A fact row that belongs to one source document, so a re-parse can replace exactly that document's rows.</summary>
public interface IDocumentFact : ITableEntity
{
    string DocumentKey { get; }
}
