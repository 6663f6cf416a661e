namespace IndustryTracker.Core.Facts;

/// <summary>
/// One employee-count statement found in a filing's text (or a table row of it), with the sentence (or row) that
/// states it. <see cref="AsOfResolved"/> is null when the filing states the date; when it only says "at the end of our
/// fiscal year", the date is the filing's period end and this says so and where that came from
/// (e.g. "fiscal year end from dei:DocumentPeriodEndDate"), so a reader can tell a stated date from a resolved one.
/// </summary>
public sealed record HeadcountStatement(
    DateOnly AsOf,
    long Employees,
    bool Approximate,
    EmployeeScope Scope,
    string Sentence,
    string? AsOfResolved = null);
