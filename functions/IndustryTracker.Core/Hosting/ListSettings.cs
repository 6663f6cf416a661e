using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Hosting;

/// <summary>
/// List settings (<c>Warn__States__0..n</c>, <c>Sec__Forms__0..n</c>, the <c>AllowedHosts</c> lists). The configuration
/// binder appends a configured array to whatever the property already holds, so a default written in the options class
/// would survive a configured list (<c>Warn__States__0=wa</c> gave six states, <c>wa</c> twice). The properties therefore
/// start empty and get their default here, after binding, only when nothing was configured: a configured list replaces
/// the default. A value listed twice stops the host at start, naming the setting and the value.
/// </summary>
public static class ListSettings
{
    public static OptionsBuilder<T> ListSetting<T>(
        this OptionsBuilder<T> builder,
        string setting,
        Func<T, string[]> get,
        Action<T, string[]> set,
        IReadOnlyList<string> defaults) where T : class
    {
        builder.PostConfigure(o =>
        {
            if (get(o).Length == 0)
            {
                set(o, [.. defaults]);
            }
        });
        builder.Services.AddSingleton<IValidateOptions<T>>(new DistinctValues<T>(builder.Name, setting, get));
        return builder;
    }

    /// <summary>The first value listed twice (case-insensitively: states, forms and host names all are), or null.</summary>
    public static string? FirstDuplicate(IEnumerable<string> values)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return values.FirstOrDefault(v => !seen.Add(v.Trim()));
    }

    private sealed class DistinctValues<T>(string? optionsName, string setting, Func<T, string[]> get) : IValidateOptions<T> where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            if (optionsName is not null && name != optionsName)
            {
                return ValidateOptionsResult.Skip;
            }

            var values = get(options);
            return FirstDuplicate(values) is { } duplicate
                ? ValidateOptionsResult.Fail(
                    $"{setting} lists \"{duplicate.Trim()}\" more than once ({string.Join(", ", values)}). "
                    + $"List each value once ({setting.Replace(":", "__", StringComparison.Ordinal)}__0..n); a configured list replaces the default.")
                : ValidateOptionsResult.Success;
        }
    }
}
