using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Domain.Policies;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Policies;

/// <summary>Starts an amendment: the next version as a draft, from a chosen date.</summary>
public sealed class AmendModel(PolicyService policies, PolicyQuery query, PolicyAccess access, TenantTime time, IStringLocalizer<Text> t) : PageModel
{
    public Policy? Policy { get; private set; }

    [BindProperty]
    public DateOnly? From { get; set; }

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
        var tomorrow = time.Clock.Today.AddDays(1);
        From = tomorrow < detail.Policy.EffectiveFrom ? detail.Policy.EffectiveFrom : tomorrow;
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
            ModelState.AddModelError("from", t["Tanggal mulai berlaku perubahan wajib diisi."]);
            return Page();
        }
        return await this.OutcomeAsync(await policies.AmendAsync(id, from, ct),
            p => t["Rancangan perubahan (versi {0}) dibuat; ubah ketentuannya lalu terbitkan.", p.Version].Value,
            p => $"/Policies/Edit/{p.Id}",
            () => Task.FromResult(Page()));
    }
}
