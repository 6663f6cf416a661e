namespace IndustryTracker.Core.Facts;

/// <summary>What a headcount number counts, as the filing words it.</summary>
public enum EmployeeScope
{
    Employees,
    FullTime,
    FullTimeAndPartTime,
    FullTimeEquivalent,
}
