namespace IndustryTracker.Core.Facts;

/// <summary>One employee-count statement found in a filing's text, with the sentence that states it.</summary>
public sealed record HeadcountStatement(
    DateOnly AsOf,
    long Employees,
    bool Approximate,
    EmployeeScope Scope,
    string Sentence);
