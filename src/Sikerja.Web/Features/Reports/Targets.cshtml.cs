using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Domain;
using Sikerja.Domain.Reports;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Reports;

/// <summary>"Sasaran kinerja": one's own targets of a year (propose, correct) and the team's proposed targets to agree or return.</summary>
public sealed class TargetsModel(PerformanceTargetService service, TenantTime time, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>The target being corrected in the form, if any.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Edit { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Quantity { get; set; }

    [BindProperty]
    public string? Unit { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public int ShownYear => Year ?? time.Clock.Today.Year;

    public IReadOnlyList<PerformanceTarget> Mine { get; private set; } = [];

    public IReadOnlyList<TeamTarget> Team { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Forbid();
        }
        if (Edit is { } id && Mine.FirstOrDefault(x => x.Id == id) is { } editing)
        {
            (Title, Quantity, Unit) = (editing.Title, editing.Quantity.ToString("0.##", CultureInfo.InvariantCulture), editing.Unit);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostProposeAsync(CancellationToken ct)
    {
        if (ReadDraft() is not { } draft)
        {
            return await ShowAgainAsync(ct);
        }
        return await this.OutcomeAsync(await service.ProposeAsync(draft, ct),
            x => t["Sasaran kinerja diajukan ke atasan langsung."].Value, x => $"/Reports/Targets?year={x.Year}", () => ShowAgainAsync(ct));
    }

    public async Task<IActionResult> OnPostChangeAsync(Guid id, CancellationToken ct)
    {
        Edit = id;
        if (ReadDraft() is not { } draft)
        {
            return await ShowAgainAsync(ct);
        }
        return await this.OutcomeAsync(await service.ChangeAsync(id, draft, ct),
            x => t["Sasaran kinerja diperbaiki dan diajukan lagi."].Value, x => $"/Reports/Targets?year={x.Year}", () => ShowAgainAsync(ct));
    }

    public async Task<IActionResult> OnPostAgreeAsync(Guid id, CancellationToken ct) =>
        await this.OutcomeAsync(await service.DecideAsync(id, true, null, ct),
            x => t["Sasaran kinerja disetujui."].Value, _ => "/Reports/Targets", () => ShowAgainAsync(ct));

    public async Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken ct) =>
        await this.OutcomeAsync(await service.DecideAsync(id, false, Comment, ct),
            x => t["Sasaran kinerja dikembalikan dengan catatan."].Value, _ => "/Reports/Targets", () => ShowAgainAsync(ct));

    private TargetDraft? ReadDraft()
    {
        decimal? quantity = null;
        if (!string.IsNullOrWhiteSpace(Quantity))
        {
            var text = Quantity.Trim();
            text = text.Contains('.', StringComparison.Ordinal) ? text : text.Replace(',', '.');
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                ModelState.AddProblems([new Problem("quantity", "jumlah target harus berupa angka, mis. 12")]);
                return null;
            }
            quantity = value;
        }
        return new TargetDraft(ShownYear, Title, quantity, Unit);
    }

    private async Task<PageResult> ShowAgainAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var mine = await service.MineAsync(ShownYear, ct);
        if (!mine.IsDone)
        {
            return false;
        }
        Mine = mine.Value!;
        Team = (await service.TeamProposedAsync(ct)).Value ?? [];
        return true;
    }
}
