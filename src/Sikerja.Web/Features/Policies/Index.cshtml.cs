using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sikerja.Domain.Policies;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Policies;

/// <summary>Every version of the tenant's circulars, for those who read them all; employees go to their own.</summary>
public sealed class IndexModel(PolicyQuery query, PolicyAccess access) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public PolicyState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public IReadOnlyList<PolicyListItem> Items { get; private set; } = [];

    public bool CanEdit => access.CanEdit;

    public IEnumerable<PolicyState> States => access.SeesDrafts ? Enum.GetValues<PolicyState>() : Enum.GetValues<PolicyState>().Where(s => s != PolicyState.Draft);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!access.ReadsAll)
        {
            return access.InTenant ? RedirectToPage("/Policies/Mine") : Forbid();
        }
        var result = await query.ListAsync(new PolicyFilter(Q, State, Year is >= PolicyRulesCheck.FirstYear and <= PolicyRulesCheck.LastYear ? Year : null), ct);
        Items = result.Value ?? [];
        return Page();
    }
}
