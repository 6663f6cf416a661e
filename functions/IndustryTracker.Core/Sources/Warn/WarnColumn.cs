namespace IndustryTracker.Core.Sources.Warn;

/// <summary>
/// One notice field's source columns. <see cref="Headers"/> are tried in order: every one present in the file is kept,
/// and a row takes its value from the first of them that gives a usable value (so a field can both survive a renamed
/// header across export vintages and fall back to a second column, e.g. TX's received date to its notice date).
/// </summary>
/// <param name="Headers">Header names, matched case-insensitively with whitespace collapsed.</param>
/// <param name="Optional">Whether a file may lack all of them (then the field is null); otherwise that is a FormatException.</param>
public sealed record WarnColumn(IReadOnlyList<string> Headers, bool Optional = false)
{
    public static WarnColumn Of(params string[] headers) => new(headers);

    public static WarnColumn OptionalOf(params string[] headers) => new(headers, Optional: true);

    public override string ToString() => string.Join(" | ", Headers);
}
