using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Rosters;

/// <summary>
/// A stored roster as a grid, one unit and one page of people at a time, with the shortfalls and cap violations of
/// the shown unit's agency in words; publishing and discarding a draft.
/// </summary>
public sealed class PlanModel(RosterGridQuery grids, RosterPlanService plans, RosterExports exports, RosterAccess access, RosterExplainer explain, IStringLocalizer<Text> t) : PageModel
{
    /// <summary>At most this many shortfalls and violations are spelt out above the grid; the rest are counted.</summary>
    public const int ListedProblems = 100;

    public RosterGrid Grid { get; private set; } = null!;

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public int ProblemCount { get; private set; }

    /// <summary>The documents hold health data (priority-home flags, unavailable days): admins only.</summary>
    public bool MayExport => access.MayPlanAny;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? unit, int p, CancellationToken ct)
    {
        var result = await grids.GridAsync(id, unit, p, ct);
        switch (result.Status)
        {
            case CommandStatus.Done:
                Grid = result.Value!;
                Explain();
                return Page();
            case CommandStatus.Forbidden:
                return Forbid();
            default:
                return NotFound();
        }
    }

    /// <summary>The roster as roster-scenario.md's roster document, for <c>sikerja roster check</c>.</summary>
    public async Task<IActionResult> OnGetRosterAsync(Guid id, CancellationToken ct) => Download(await exports.RosterAsync(id, ct));

    /// <summary>The scenario the roster is checked against.</summary>
    public async Task<IActionResult> OnGetScenarioAsync(Guid id, CancellationToken ct) => Download(await exports.PlanScenarioAsync(id, ct));

    private IActionResult Download(CommandResult<JsonFile> result) =>
        result.Value is { } file ? File(file.Content, "application/json", file.FileName) : NotFound();

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct) =>
        Done(await plans.PublishAsync(id, ct), t["Jadwal piket diterbitkan: pegawai kini melihat jadwalnya."], $"/Rosters/Plan/{id}");

    public async Task<IActionResult> OnPostDiscardAsync(Guid id, CancellationToken ct) =>
        Done(await plans.DiscardAsync(id, ct), t["Draf jadwal piket dihapus."], "/Rosters");

    private IActionResult Done<T>(CommandResult<T> result, string message, string next)
    {
        switch (result.Status)
        {
            case CommandStatus.Done:
                TempData["Message"] = message;
                return Redirect(next);
            case CommandStatus.Refused:
                TempData["Message"] = string.Join(" ", result.Problems.Select(p => p.Message));
                return Redirect($"/Rosters/Plan/{RouteData.Values["id"]}");
            case CommandStatus.Forbidden:
                return Forbid();
            default:
                return NotFound();
        }
    }

    /// <summary>The shortfalls and violations of the shown unit's agency, in words.</summary>
    private void Explain()
    {
        var agency = Grid.Unit?.AgencyId;
        var agencyUnits = Grid.Units.Where(u => u.AgencyId == agency).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        string Name(string code) => Grid.UnitNames.GetValueOrDefault(code, code);
        var policy = Grid.Plan.PolicySnapshot;
        var lines = Grid.Violations.Where(v => agencyUnits.Contains(v.Unit)).Select(v => explain.Violation(v, policy, Name))
            .Concat(Grid.Shortfalls.Where(s => agencyUnits.Contains(s.Unit)).Select(s => explain.Shortfall(s, policy, Name)))
            .ToList();
        ProblemCount = lines.Count;
        Problems = [.. lines.Take(ListedProblems)];
    }
}
