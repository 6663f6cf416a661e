namespace IndustryTracker.Core.Exports;

/// <summary>Appends a row's cell to <paramref name="text"/>; returns false when the cell is null.</summary>
public delegate bool TextBuilder<in T>(T row, CellText text);
