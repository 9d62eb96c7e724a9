using Microsoft.AspNetCore.Mvc.ModelBinding;
using Sikerja.Domain;

namespace Sikerja.Web.Features.Shared;

/// <summary>Shows a refused command's problems on a page, each under the field (or row) it names.</summary>
public static class ProblemsToModelState
{
    public static void AddProblems(this ModelStateDictionary modelState, IEnumerable<Problem> problems)
    {
        foreach (var p in problems)
        {
            modelState.AddModelError(p.Where, p.Message);
        }
    }
}
