using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Domain.Policies;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Policies;

/// <summary>Confirms a publication: whom it reaches and which overlapping circulars it supersedes.</summary>
public sealed class PublishModel(PolicyService policies, PolicyQuery query, PolicyAccess access, IStringLocalizer<Text> t) : PageModel
{
    public Policy? Draft { get; private set; }

    public IReadOnlyList<Policy> Overlapping { get; private set; } = [];

    public int Recipients { get; private set; }

    public bool HasDocument { get; private set; }

    [BindProperty]
    public List<Guid> Supersedes { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!access.CanEdit)
        {
            return Forbid();
        }
        return await LoadAsync(id, ct) switch
        {
            null => NotFound(),
            false => RedirectToPage("/Policies/Detail", new { id }),
            true => Page(),
        };
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is null)
        {
            return NotFound();
        }
        var result = await policies.PublishAsync(id, Supersedes, ct);
        return await this.OutcomeAsync(result,
            p => t["Surat edaran {0} terbit dan dikirim kepada {1} pegawai.", p.Number, Recipients].Value,
            p => $"/Policies/Detail/{p.Id}",
            async () =>
            {
                await LoadAsync(id, ct);
                return Page();
            });
    }

    /// <summary>Null when not found; false when it is no longer a draft.</summary>
    private async Task<bool?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await query.DetailAsync(id, ct) is not { } detail)
        {
            return null;
        }
        Draft = detail.Policy;
        HasDocument = detail.Document is not null;
        Overlapping = await query.OverlappingAsync(detail.Policy, ct);
        Recipients = await query.RecipientCountAsync(detail.Policy, ct);
        return detail.Policy.Status == PolicyStatus.Draft;
    }
}
