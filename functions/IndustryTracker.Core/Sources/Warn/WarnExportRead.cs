using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Sources.Warn;

/// <summary>What one WARN file gave: how many data rows were read, and the notices made of them (rows without an employer are dropped).</summary>
public sealed record WarnExportRead(int RowsRead, IReadOnlyList<WarnNotice> Notices);
