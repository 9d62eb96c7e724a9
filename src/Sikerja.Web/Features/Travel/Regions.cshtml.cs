using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Domain.Travel;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Travel;

/// <summary>"Daerah tambahan" (tenant admins): destinations the shipped list lacks, added, renamed, removed while unused.</summary>
public sealed class RegionsModel(TravelRegions regions, CurrentUser user, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    public IReadOnlyList<CustomRegion> Own { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await this.OutcomeAsync(await regions.AddAsync(Code, Name, ct), r => t["Daerah {0} ditambahkan.", r.Name].Value, _ => "/Travel/Regions",
            async () => { await ShowAsync(ct); return Page(); });

    public async Task<IActionResult> OnPostRenameAsync(Guid id, CancellationToken ct) =>
        await this.OutcomeAsync(await regions.RenameAsync(id, Name, ct), r => t["Nama daerah diubah menjadi {0}.", r.Name].Value, _ => "/Travel/Regions",
            async () => { await ShowAsync(ct); return Page(); });

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken ct) =>
        await this.OutcomeAsync(await regions.RemoveAsync(id, ct), r => t["Daerah {0} dihapus.", r.Name].Value, _ => "/Travel/Regions",
            async () => { await ShowAsync(ct); return Page(); });

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        if (user.TenantId is null || !user.IsTenantAdmin)
        {
            return Forbid();
        }
        Own = await regions.CustomAsync(ct);
        return Page();
    }
}
