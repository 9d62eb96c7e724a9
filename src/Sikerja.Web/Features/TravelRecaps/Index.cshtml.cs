using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.TravelRecaps;

/// <summary>
/// An agency's recap of a month for its head, its admins, its Asisten and the Sekda: the counts and the lines; the
/// head signs it with the letter number (after which it is read only) and the Asisten forwards it.
/// </summary>
public sealed class IndexModel(TravelRecapQuery query, TravelRecapService service, RecapAccess access, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Agency { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty]
    public string? Number { get; set; }

    public IReadOnlyList<RecapAgency> Agencies { get; private set; } = [];

    public AgencyRecap? Recap { get; private set; }

    /// <summary>The caller reads no agency's recap: the page says whose it is.</summary>
    public bool ReadsNone { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostSignOffAsync(CancellationToken ct)
    {
        if (Agency is not { } agency)
        {
            return NotFound();
        }
        var result = await service.SignOffAsync(agency, new SignOffInput(Month, Number), ct);
        return await this.OutcomeAsync(result, _ => t["Rekap ditandatangani dan dikirim kepada Asisten."].Value, _ => Self(agency), () => ShowAsPageAsync(ct));
    }

    public async Task<IActionResult> OnPostForwardAsync(CancellationToken ct)
    {
        if (Agency is not { } agency)
        {
            return NotFound();
        }
        var result = await service.ForwardAsync(agency, Month, ct);
        return await this.OutcomeAsync(result, _ => t["Rekap diteruskan kepada Sekretaris Daerah."].Value, _ => Self(agency), () => ShowAsPageAsync(ct));
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var recap = await query.AgencyAsync(Agency, Month, ct);
        return recap.Status switch
        {
            CommandStatus.Done => Download(RecapWorkbook.Agency(recap.Value!)),
            CommandStatus.Forbidden => Forbid(),
            CommandStatus.Refused => RedirectToPage(new { agency = Agency, month = (string?)null }),
            _ => NotFound(),
        };
    }

    private FileContentResult Download(Imports.ExportFile file) => File(file.Content, file.ContentType, file.FileName);

    private string Self(Guid agency) => $"/TravelRecaps?agency={agency}&month={Uri.EscapeDataString(Month ?? "")}";

    private async Task<PageResult> ShowAsPageAsync(CancellationToken ct)
    {
        await ShowAsync(ct);
        return Page();
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var all = await access.AgenciesAsync(ct);
        var readable = new List<RecapAgency>();
        foreach (var a in all)
        {
            if (await access.CanReadAsync(a, ct))
            {
                readable.Add(a);
            }
        }
        Agencies = readable;
        var recap = await query.AgencyAsync(Agency, Month, ct);
        switch (recap.Status)
        {
            case CommandStatus.Forbidden:
                ReadsNone = true;
                return Page();
            case CommandStatus.NotFound:
                return NotFound();
            case CommandStatus.Refused:
                ModelState.AddProblems(recap.Problems);
                return Page();
        }
        Recap = recap.Value!;
        Agency = Recap.Agency.Id;
        Month = Recap.Month.ToString();
        return Page();
    }
}
