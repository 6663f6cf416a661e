using System.ComponentModel.DataAnnotations;

namespace IndustryTracker.Core.Companies;

public sealed class CompaniesOptions
{
    public const string Section = "Companies";

    /// <summary>Path of the companies file; relative paths resolve against the working directory.</summary>
    [Required(ErrorMessage = "Set Companies:File to the path of a companies file (e.g. seeds/companies.json).")]
    public string File { get; set; } = "seeds/companies.json";
}
