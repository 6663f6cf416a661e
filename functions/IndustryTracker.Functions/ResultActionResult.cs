using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace IndustryTracker.Functions;

/// <summary>
/// The Functions ASP.NET Core integration returns <see cref="IActionResult"/>; the shared handlers return
/// <see cref="IResult"/>. This adapter lets both hosts run the very same handler code.
/// </summary>
public sealed class ResultActionResult(IResult result) : IActionResult
{
    public IResult Result { get; } = result;

    public Task ExecuteResultAsync(ActionContext context) => Result.ExecuteAsync(context.HttpContext);
}
