using System.Globalization;
using System.Text;

namespace IndustryTracker.Core.Storage;

/// <summary>
/// Makes any string safe as a PartitionKey or RowKey: the characters Table Storage forbids
/// (<c>/ \ # ?</c>, control characters) and <c>%</c> itself are percent-encoded, so keys stay readable and reversible.
/// </summary>
public static class TableKeys
{
    public static string Escape(string value)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var bad = c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c);
            if (bad)
            {
                builder ??= new StringBuilder(value.Length + 16).Append(value, 0, i);
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? value;
    }
}
