using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Domain.Policies;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Policies;

/// <summary>Confirms a later end (or none) for a published circular.</summary>
public sealed class ExtendModel(PolicyService policies, PolicyQuery query, PolicyAccess access, IStringLocalizer<Text> t, PolicyWords words) : PageModel
{
    public Policy? Policy { get; private set; }

    [BindProperty]
    public DateOnly? Until { get; set; }

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
        Until = detail.Policy.EffectiveUntil?.AddDays(14);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await query.DetailAsync(id, ct) is not { } detail)
        {
            return NotFound();
        }
        Policy = detail.Policy;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await this.OutcomeAsync(await policies.ExtendAsync(id, Until, ct),
            p => t["Surat edaran {0} kini berlaku {1}.", p.Number, words.Period(p)].Value,
            p => $"/Policies/Detail/{p.Id}",
            () => Task.FromResult(Page()));
    }
}
