using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Policies;

/// <summary>Who of one agency has not yet read a circular, and a reminder to them.</summary>
public sealed class PendingModel(PolicyAcknowledgementService acknowledgements, PolicyQuery query, PolicyAccess access, IStringLocalizer<Text> t) : PageModel
{
    public Guid Id { get; private set; }

    [BindProperty(SupportsGet = true)]
    public Guid Agency { get; set; }

    public string Number { get; private set; } = "";

    public IReadOnlyList<PendingReader> Readers { get; private set; } = [];

    public bool CanRemind => access.CanRemind;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) switch
        {
            CommandStatus.NotFound => NotFound(),
            CommandStatus.Forbidden => Forbid(),
            _ => Page(),
        };

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        await this.OutcomeAsync(await acknowledgements.RemindAsync(id, Agency, ct),
            r => t["Pengingat dikirim kepada {0} pegawai yang belum membaca.", r.Recipients].Value,
            _ => $"/Policies/Pending/{id}?agency={Agency}",
            async () =>
            {
                await LoadAsync(id, ct);
                return Page();
            });

    private async Task<CommandStatus> LoadAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        var result = await acknowledgements.PendingAsync(id, Agency, ct);
        Readers = result.Value ?? [];
        Number = (await query.DetailAsync(id, ct))?.Policy.Number ?? "";
        return result.Status;
    }
}
