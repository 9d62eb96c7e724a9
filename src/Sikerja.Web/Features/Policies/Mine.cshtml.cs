using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sikerja.Web.Features.Policies;

/// <summary>The circulars that cover the signed-in employee, newest first, with whether they have read each.</summary>
public sealed class MineModel(PolicyQuery query, PolicyAccess access) : PageModel
{
    public IReadOnlyList<MyPolicy> Policies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!access.InTenant)
        {
            return Forbid();
        }
        Policies = await query.MineAsync(ct);
        return Page();
    }
}
