using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sikerja.Data;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Rosters;

/// <summary>The stored rosters the caller may read, and the form that plans a new one.</summary>
public sealed class IndexModel(
    RosterPlanService plans, RosterGenerator generator, RosterAccess access, SikerjaDbContext db, TenantTime time, IStringLocalizer<Text> t)
    : PageModel
{
    public IReadOnlyList<RosterPlanRow> Plans { get; private set; } = [];

    /// <summary>The agencies the caller may plan, by name; a tenant admin may also plan the whole tenant.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Agencies { get; private set; } = [];

    public bool MayPlan => access.MayPlanAny;

    public bool MayPlanWholeTenant => access.MayPlan(null);

    [BindProperty]
    public Guid? AgencyId { get; set; }

    [BindProperty]
    public DateOnly? From { get; set; }

    [BindProperty]
    public DateOnly? To { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = time.Clock.Today;
        From = today;
        To = today.AddDays(13);
        return await LoadAsync(ct) ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (From is not { } from || To is not { } to)
        {
            ModelState.AddModelError(From is null ? "from" : "to", t["Tanggal wajib diisi."]);
            return await LoadAsync(ct) ? Page() : Forbid();
        }
        var result = await generator.GenerateAsync(new GenerateRequest(AgencyId, from, to), ct);
        return await this.OutcomeAsync(result,
            p => t["Jadwal piket {0:yyyy-MM-dd} s.d. {1:yyyy-MM-dd} dibuat sebagai draf: periksa, ubah bila perlu, lalu terbitkan.", p.From, p.To].Value,
            p => $"/Rosters/Plan/{p.Id}",
            async () =>
            {
                await LoadAsync(ct);
                return Page();
            });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var list = await plans.ListAsync(ct);
        if (!list.IsDone)
        {
            return false;
        }
        Plans = list.Value!;
        var tops = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == null && !u.IsClosed)
            .OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        Agencies = [.. tops.Where(u => access.MayPlan(u.Id)).Select(u => (u.Id, u.Name))];
        return true;
    }
}
