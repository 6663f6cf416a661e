using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Sources.Sec.Layoffs;

/// <summary>A date a sentence states: a calendar date at its precision, or a fiscal quarter left for the reconciler to resolve.</summary>
internal readonly record struct StatedDate(DateOnly? Date, DatePrecision Precision, FiscalQuarter? Fiscal);
