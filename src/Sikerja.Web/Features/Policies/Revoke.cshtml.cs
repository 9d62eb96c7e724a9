using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Domain.Policies;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Policies;

/// <summary>Confirms a revocation: from which day, and why.</summary>
public sealed class RevokeModel(PolicyService policies, PolicyQuery query, PolicyAccess access, TenantTime time, IStringLocalizer<Text> t) : PageModel
{
    public Policy? Policy { get; private set; }

    [BindProperty]
    public DateOnly? From { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!access.CanEdit)
        {
            return Forbid();
        }
        if (await query.DetailAsync(id, ct) is not { } detail)
        {
            return NotFound();
        }
        Policy = detail.Policy;
        From = time.Clock.Today.AddDays(1);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await query.DetailAsync(id, ct) is not { } detail)
        {
            return NotFound();
        }
        Policy = detail.Policy;
        if (From is not { } from)
        {
            ModelState.AddModelError("from", t["Tanggal pencabutan wajib diisi."]);
            return Page();
        }
        return await this.OutcomeAsync(await policies.RevokeAsync(id, from, Reason, ct),
            p => t["Surat edaran {0} dicabut mulai {1}.", p.Number, PolicyWords.Day(from)].Value,
            p => $"/Policies/Detail/{p.Id}",
            () => Task.FromResult(Page()));
    }
}
