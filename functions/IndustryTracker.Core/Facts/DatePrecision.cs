namespace IndustryTracker.Core.Facts;

/// <summary>How precisely a date was stated: "January 18, 2023" (Day), "in March 2023" (Month), "in 2022" (Year).</summary>
public enum DatePrecision
{
    Day,
    Month,
    Quarter,
    Year,
}
