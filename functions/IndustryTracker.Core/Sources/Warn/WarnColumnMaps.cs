namespace IndustryTracker.Core.Sources.Warn;

/// <summary>
/// The column maps of the state exports Big Local News publishes (biglocalnews/warn-scraper), checked against each
/// state's header, plus California EDD's own spreadsheet layout. Each state keeps its raw columns, so each gets a map.
/// </summary>
public static class WarnColumnMaps
{
    // Month and day without leading zeros also accept them ("7/1/2022" and "07/01/2022").
    private static readonly string[] UsDates = ["M/d/yyyy"];

    // pandas writes datetimes with a midnight time; the bare date is accepted too in case a vintage drops it.
    private static readonly string[] IsoDates = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"];

    public static WarnColumnMap California { get; } = new()
    {
        State = "CA",
        Employer = WarnColumn.Of("company"),
        Site = WarnColumn.OptionalOf("address"),
        // Rows copied from the newest EDD spreadsheets carry an address and county but no city.
        Location = WarnColumn.Of("city", "county"),
        Workers = WarnColumn.Of("num_employees"),
        Received = WarnColumn.Of("received_date"),
        Effective = WarnColumn.Of("effective_date"),
        Kind = WarnColumn.Of("layoff_or_closure"),
        Temporary = WarnColumn.Of("layoff_or_closure"),
        DateFormats = UsDates,
    };

    /// <summary>Both vintages: the older export has no "Notice" column; the current one adds it (amendment marker).</summary>
    public static WarnColumnMap Washington { get; } = new()
    {
        State = "WA",
        Employer = WarnColumn.Of("Company"),
        Location = WarnColumn.Of("Location"),
        Workers = WarnColumn.Of("# of Workers"),
        Received = WarnColumn.Of("Received Date"),
        Effective = WarnColumn.Of("Layoff Start Date"),
        Kind = WarnColumn.Of("Closure Layoff"),
        Temporary = WarnColumn.Of("Type of Layoff"),
        Amendment = WarnColumn.OptionalOf("Notice"),
        DateFormats = UsDates,
    };

    /// <summary>Oregon lists one row per layoff phase; rows of one notice share WARN# and received date.</summary>
    public static WarnColumnMap Oregon { get; } = new()
    {
        State = "OR",
        Employer = WarnColumn.Of("Company Name"),
        Location = WarnColumn.Of("Location"),
        Workers = WarnColumn.Of("Laid Off"),
        Received = WarnColumn.Of("Received Date"),
        Effective = WarnColumn.Of("Layoff Date"),
        Kind = WarnColumn.Of("Layoff Type"),
        Temporary = WarnColumn.Of("Layoff Type"),
        DateFormats = IsoDates,
    };

    /// <summary>Virginia publishes only the notice date, which stands in for the received date.</summary>
    public static WarnColumnMap Virginia { get; } = new()
    {
        State = "VA",
        Employer = WarnColumn.Of("Company"),
        Location = WarnColumn.Of("Location"),
        Workers = WarnColumn.Of("Employees Affected"),
        Received = WarnColumn.Of("Notice Date"),
        Effective = WarnColumn.Of("Impact Date"),
        Kind = WarnColumn.Of("Notice Type"),
        Temporary = WarnColumn.Of("Notice Type"),
        DateFormats = UsDates,
    };

    /// <summary>
    /// Texas: before about 2020 WFDD_RECEIVED_DATE holds a WFDD notice number (e.g. 19108), not a date, so the received
    /// date falls back to NOTICE_DATE. Texas publishes no layoff/closure type.
    /// </summary>
    public static WarnColumnMap Texas { get; } = new()
    {
        State = "TX",
        Employer = WarnColumn.Of("JOB_SITE_NAME"),
        Location = WarnColumn.Of("CITY_NAME", "COUNTY_NAME"),
        Workers = WarnColumn.Of("TOTAL_LAYOFF_NUMBER"),
        Received = WarnColumn.Of("WFDD_RECEIVED_DATE", "NOTICE_DATE"),
        Effective = WarnColumn.Of("LayOff_Date"),
        DateFormats = IsoDates,
    };

    /// <summary>California EDD's warn_report.xlsx. Header wording varies between releases ("No. Of Employees", "Layoff/Closure Type").</summary>
    public static WarnColumnMap CaliforniaEdd { get; } = new()
    {
        State = "CA",
        Employer = WarnColumn.Of("Company"),
        Site = WarnColumn.OptionalOf("Address"),
        Location = WarnColumn.Of("City", "County", "County/Parish"),
        Workers = WarnColumn.Of("No. Of Employees", "No. of Employees", "Employees"),
        Received = WarnColumn.Of("Received Date", "Notice Date"),
        Effective = WarnColumn.Of("Effective Date"),
        Kind = WarnColumn.Of("Layoff/Closure", "Layoff/Closure Type", "Layoff"),
        Temporary = WarnColumn.Of("Layoff/Closure", "Layoff/Closure Type", "Layoff"),
        DateFormats = ["M/d/yyyy", "yyyy-MM-dd"],
        ExcelSerialDates = true,
    };

    private static readonly Dictionary<string, WarnColumnMap> ByState = new[] { California, Washington, Oregon, Virginia, Texas }
        .ToDictionary(m => m.State, StringComparer.OrdinalIgnoreCase);

    /// <summary>The states with a Big Local News export map.</summary>
    public static IReadOnlyCollection<string> States => ByState.Keys;

    /// <summary>The Big Local News export map of <paramref name="state"/>.</summary>
    /// <exception cref="ArgumentException">No map for that state.</exception>
    public static WarnColumnMap For(string state) =>
        ByState.GetValueOrDefault(state.Trim())
        ?? throw new ArgumentException(
            $"No WARN column map for state '{state}'. Known states: {string.Join(", ", ByState.Keys.Order(StringComparer.Ordinal))}.",
            nameof(state));
}
