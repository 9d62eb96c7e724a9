using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Domain.Policies;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Policies;

/// <summary>One circular: its rules in words, document, versions; acknowledging it, and for admins how far each
/// agency has read it.</summary>
public sealed class DetailModel(
    PolicyQuery query, PolicyAccess access, PolicyWords words, PolicyService policies, PolicyDocumentService documents,
    PolicyAcknowledgementService acknowledgements, IStringLocalizer<Text> t) : PageModel
{
    public PolicyDetail? Detail { get; private set; }

    public IReadOnlyList<string> Rules { get; private set; } = [];

    public IReadOnlyList<AgencyAcknowledgement>? Acknowledgements { get; private set; }

    public bool CanEdit => access.CanEdit;

    public bool CanRemind => access.CanRemind;

    public int TotalPercent => Acknowledgements is { } a && a.Sum(x => x.Sent) is > 0 and var sent ? a.Sum(x => x.Acknowledged) * 100 / sent : 0;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnGetDocumentAsync(Guid id, CancellationToken ct) =>
        await documents.FindAsync(id, ct) is { } d ? File(d.Content, d.ContentType, d.FileName) : NotFound();

    public async Task<IActionResult> OnGetExportAsync(Guid id, CancellationToken ct) =>
        await query.DetailAsync(id, ct) is { } d ? File(PolicyFile.Write(d.Policy.Rules), "application/json", PolicyFile.FileName(d.Policy)) : NotFound();

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid id, CancellationToken ct) =>
        await this.OutcomeAsync(await acknowledgements.AcknowledgeAsync(id, ct),
            _ => t["Terima kasih: Anda tercatat sudah membaca surat edaran ini."].Value, _ => $"/Policies/Detail/{id}", () => ShowPageAsync(id, ct));

    public async Task<IActionResult> OnPostRemindAsync(Guid id, Guid? agency, CancellationToken ct) =>
        await this.OutcomeAsync(await acknowledgements.RemindAsync(id, agency, ct),
            r => t["Pengingat dikirim kepada {0} pegawai yang belum membaca.", r.Recipients].Value, _ => $"/Policies/Detail/{id}", () => ShowPageAsync(id, ct));

    public async Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? file, CancellationToken ct)
    {
        if (file is null)
        {
            ModelState.AddModelError("file", t["Pilih berkas PDF, PNG atau JPEG."]);
            return await ShowAsync(id, ct);
        }
        await using var content = file.OpenReadStream();
        return await this.OutcomeAsync(await documents.AttachAsync(id, file.FileName, content, ct),
            d => t["Dokumen {0} disimpan.", d.FileName].Value, _ => $"/Policies/Detail/{id}", () => ShowPageAsync(id, ct));
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct) =>
        await this.OutcomeAsync(await policies.DeleteDraftAsync(id, ct),
            p => t["Rancangan {0} dihapus.", p.Number].Value, _ => "/Policies", () => ShowPageAsync(id, ct));

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is false)
        {
            return NotFound();
        }
        return Page();
    }

    /// <summary>The page again after a refusal; the circular was found before the command ran.</summary>
    private async Task<PageResult> ShowPageAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Detail = await query.DetailAsync(id, ct);
        if (Detail is null)
        {
            return false;
        }
        Rules = words.Describe(Detail.Policy.Rules, await query.UnitNamesAsync(Detail.Policy.Rules.ExemptUnits, ct));
        if (access.SeesAcknowledgements && Detail.Policy.Status != PolicyStatus.Draft)
        {
            Acknowledgements = (await acknowledgements.SummaryAsync(id, ct)).Value;
        }
        return true;
    }
}
