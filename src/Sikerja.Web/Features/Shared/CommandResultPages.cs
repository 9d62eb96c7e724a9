using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sikerja.Web.Features.Shared;

/// <summary>Maps command outcomes to page responses, the same way on every form.</summary>
public static class CommandResultPages
{
    /// <summary>
    /// Done: the message is kept for the next page and the browser goes to <paramref name="next"/>; refused: each
    /// problem is shown beside its field and the form is shown again; forbidden and not found as such.
    /// </summary>
    public static async Task<IActionResult> OutcomeAsync<T>(
        this PageModel page, CommandResult<T> result, Func<T, string> message, Func<T, string> next, Func<Task<PageResult>> showAgain)
    {
        switch (result.Status)
        {
            case CommandStatus.Done:
                page.TempData["Message"] = message(result.Value!);
                return new RedirectResult(next(result.Value!));
            case CommandStatus.Refused:
                page.ModelState.AddProblems(result.Problems);
                return await showAgain();
            case CommandStatus.Forbidden:
                return new ForbidResult();
            default:
                return new NotFoundResult();
        }
    }
}
