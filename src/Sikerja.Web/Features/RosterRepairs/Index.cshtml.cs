using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.RosterRepairs;

/// <summary>
/// Repairing a published roster: what a repair from a day would change (employee, day, from → to, why), applying it
/// (stored, recorded, everyone concerned notified), and the roster's earlier repairs.
/// </summary>
public sealed class IndexModel(RosterRepairService repairs, RosterRevisionQuery revisions, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid PlanId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    public PlanRevisions? Plan { get; private set; }

    public RepairOutcome? Preview { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await repairs.RepairAsync(PlanId, new RepairRequest(From), ct);
        switch (result.Status)
        {
            case CommandStatus.Done:
                var outcome = result.Value!;
                TempData["Message"] = outcome.Saved
                    ? t["Jadwal diperbaiki mulai {0:d MMMM yyyy}: {1} penugasan berubah, {2} pegawai diberi tahu.",
                        outcome.From.ToDateTime(TimeOnly.MinValue), outcome.Changes.Count, outcome.Changes.Select(c => c.EmployeeId).Distinct().Count()].Value
                    : t["Tidak ada yang perlu diubah."].Value;
                return RedirectToPage(new { planId = PlanId });
            case CommandStatus.Refused:
                ModelState.AddProblems(result.Problems);
                return await ShowAsync(ct, preview: false);
            case CommandStatus.Forbidden:
                return Forbid();
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct, bool preview = true)
    {
        var plan = await revisions.OfPlanAsync(PlanId, ct);
        switch (plan.Status)
        {
            case CommandStatus.Forbidden:
                return Forbid();
            case CommandStatus.NotFound:
                return NotFound();
        }
        Plan = plan.Value;
        if (preview)
        {
            var dryRun = await repairs.RepairAsync(PlanId, new RepairRequest(From, DryRun: true), ct);
            Preview = dryRun.Value;
            ModelState.AddProblems(dryRun.Problems);
        }
        return Page();
    }
}
