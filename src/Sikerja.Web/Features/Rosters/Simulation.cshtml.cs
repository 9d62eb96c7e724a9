using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Rosters;

/// <summary>
/// The simulation of a circular on the real organisation, per agency and day, every shortfall and cap conflict in
/// words. Opened with the circular's id (<c>/Rosters/Simulation?policy=…</c>), e.g. from the circular's page.
/// </summary>
public sealed class SimulationModel(PolicySimulation simulation, RosterExports exports, RosterExplainer explain) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Policy { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public Simulation? Result { get; private set; }

    public RosterExplainer Explain => explain;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await simulation.SimulateAsync(Policy, From, To, ct);
        switch (result.Status)
        {
            case CommandStatus.Done:
                Result = result.Value!;
                (From, To) = (Result.From, Result.To);
                return Page();
            case CommandStatus.Refused:
                ModelState.AddProblems(result.Problems);
                return Page();
            case CommandStatus.Forbidden:
                return Forbid();
            default:
                return NotFound();
        }
    }

    /// <summary>The circular over the whole organisation for the period, as a scenario document.</summary>
    public async Task<IActionResult> OnGetScenarioAsync(CancellationToken ct)
    {
        if (From is not { } from || To is not { } to)
        {
            return NotFound();
        }
        var file = await exports.PolicyScenarioAsync(Policy, null, from, to, ct);
        return file.Status switch
        {
            CommandStatus.Done => File(file.Value!.Content, "application/json", file.Value.FileName),
            CommandStatus.Forbidden => Forbid(),
            _ => NotFound(),
        };
    }

    public string UnitName(string code) => Result?.UnitNames.GetValueOrDefault(code, code) ?? code;
}
