namespace IndustryTracker.Core.Sources.Sec.Layoffs;

/// <summary>One row of an EDGAR filing index page: a document of the filing and its declared type.</summary>
/// <param name="Sequence">The Seq column; null for the complete submission text file, which has none.</param>
/// <param name="Document">Absolute URL of the raw document (the inline-XBRL viewer wrapper removed).</param>
/// <param name="Type">"8-K", "EX-99.1", "GRAPHIC", …; empty when the row states none.</param>
public sealed record FilingIndexEntry(int? Sequence, string Description, Uri Document, string Type, long? Size);
