namespace IndustryTracker.Core.Storage;

/// <summary>Default resource names; the settings of the same name override them.</summary>
public static class StorageNames
{
    public const string RawContainer = "raw";
    public const string ExportsContainer = "exports";
    public const string NormalizeQueue = "normalize";
    public const string NormalizePoisonQueue = "normalize-poison";
    public const string RecomputeQueue = "recompute";
    public const string DocumentsTable = "documents";
    public const string CheckpointsTable = "checkpoints";
    public const string HeadcountTable = "headcount";
    public const string FinancialsTable = "financials";
    public const string BenchmarksTable = "benchmarks";
    public const string StatementsTable = "statements";
    public const string WarnTable = "warnnotices";
    public const string LayoffsTable = "layoffs";
    public const string RunsTable = "runs";
    public const string VersionsTable = "versions";
    public const string EditorStatementsTable = "editorstatements";
    public const string CompaniesTable = "companies";
}
