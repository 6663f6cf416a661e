using System.ComponentModel.DataAnnotations;

namespace IndustryTracker.Core.Claims;

public sealed class ClaimsOptions
{
    public const string Section = "Claims";

    /// <summary>Path of the claims file; relative paths resolve against the working directory, then the app's folder.</summary>
    [Required(ErrorMessage = "Set Claims:File to the path of a claims file (e.g. seeds/claims.json).")]
    public string File { get; set; } = "seeds/claims.json";
}
