using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Domain.Rosters;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Rosters;

/// <summary>
/// Changes one cell of a draft roster. A change that breaks a rule comes back with each broken rule in words and
/// is kept only when the admin ticks the override and gives a reason.
/// </summary>
public sealed class CellModel(RosterGridQuery grids, RosterEditor editor, IStringLocalizer<Text> t) : PageModel
{
    /// <summary>The chosen cell: "Office" (every shift), "Office:CODE", "Home" or "Off".</summary>
    [BindProperty]
    public string Choice { get; set; } = "";

    [BindProperty]
    public bool Override { get; set; }

    [BindProperty]
    public string? OverrideReason { get; set; }

    public RosterCell Cell { get; private set; } = null!;

    /// <summary>Set when the last attempt broke rules: the override choice is offered.</summary>
    public bool Breaks { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid planId, Guid employeeId, DateOnly date, CancellationToken ct)
    {
        if (await grids.CellAsync(planId, employeeId, date, ct) is not { } cell)
        {
            return NotFound();
        }
        Cell = cell;
        Choice = ChoiceOf(cell);
        OverrideReason = cell.Cell.OverrideReason;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid planId, Guid employeeId, DateOnly date, int p, CancellationToken ct)
    {
        if (await grids.CellAsync(planId, employeeId, date, ct) is not { } cell)
        {
            return NotFound();
        }
        Cell = cell;
        var (mode, shift) = Parse(Choice);
        if (mode is null)
        {
            ModelState.AddModelError("mode", t["Pilih di kantor, di rumah atau tidak bertugas."]);
            return Page();
        }
        var result = await editor.EditAsync(planId, new CellEditInput(employeeId, date, mode.Value, shift, Override, OverrideReason), ct);
        Breaks = result.Problems.Any(x => x.Where == "mode") || Override;
        return await this.OutcomeAsync(result,
            o => o.OverriddenRules.Count == 0
                ? t["Jadwal {0} pada {1:yyyy-MM-dd} diubah.", cell.EmployeeName, date].Value
                : t["Jadwal {0} pada {1:yyyy-MM-dd} diubah dengan mengesampingkan aturan: {2}", cell.EmployeeName, date, string.Join(" ", o.OverriddenRules)].Value,
            _ => $"/Rosters/Plan/{planId}?unit={cell.UnitId}&p={Math.Max(1, p)}",
            () => Task.FromResult(Page()));
    }

    private static string ChoiceOf(RosterCell cell) => cell.Cell.Mode switch
    {
        WorkMode.Office when cell.Shifts.Count > 1 && cell.Cell.Shifts.Count == 1 => "Office:" + cell.Shifts[cell.Cell.Shifts.Indexes().First()].Code,
        WorkMode.Office => "Office",
        var mode => mode.ToString(),
    };

    private static (WorkMode? Mode, string? Shift) Parse(string choice) => choice switch
    {
        "Office" => (WorkMode.Office, null),
        "Home" => (WorkMode.Home, null),
        "Off" => (WorkMode.Off, null),
        _ when choice.StartsWith("Office:", StringComparison.Ordinal) => (WorkMode.Office, choice["Office:".Length..]),
        _ => (null, null),
    };
}
