namespace IndustryTracker.Core.Benchmarks;

/// <summary>The benchmark metrics, in the order rows and exports present them, with their units.</summary>
public static class BenchmarkMetrics
{
    public const string Employees = "employees";
    public const string EmployeesChangePct = "employeesChangePct";
    public const string Revenue = "revenue";
    public const string RevenuePerEmployee = "revenuePerEmployee";
    public const string OperatingIncome = "operatingIncome";
    public const string OperatingMargin = "operatingMargin";
    public const string NetIncome = "netIncome";
    public const string RndExpense = "rndExpense";
    public const string RndIntensity = "rndIntensity";
    public const string Capex = "capex";
    public const string CapexPerEmployee = "capexPerEmployee";
    public const string RestructuringCharges = "restructuringCharges";
    public const string LayoffsAnnounced = "layoffsAnnounced";
    public const string LayoffRounds = "layoffRounds";
    public const string LayoffsPctOfWorkforce = "layoffsPctOfWorkforce";

    public static readonly IReadOnlyList<string> All =
    [
        Employees, EmployeesChangePct, Revenue, RevenuePerEmployee, OperatingIncome, OperatingMargin,
        NetIncome, RndExpense, RndIntensity, Capex, CapexPerEmployee, RestructuringCharges,
        LayoffsAnnounced, LayoffRounds, LayoffsPctOfWorkforce,
    ];
}
