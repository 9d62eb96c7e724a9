using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Policies;

/// <summary>The shipped circulars; one click starts a draft from one.</summary>
public sealed class TemplatesModel(PolicyService policies, PolicyAccess access, IStringLocalizer<Text> t) : PageModel
{
    public IReadOnlyList<PolicyTemplate> Templates => PolicyTemplates.All;

    public IActionResult OnGet() => access.CanEdit ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(string? key, CancellationToken ct) =>
        await this.OutcomeAsync(await policies.StartFromTemplateAsync(key, ct),
            d => d.DroppedUnits.Count == 0
                ? t["Rancangan dibuat dari templat; periksa nomor, perihal, penanda tangan dan tanggalnya."].Value
                : t["Rancangan dibuat dari templat. Unit berikut tidak ada di Pemda Anda dan dihapus dari pengecualian: {0}. Tambahkan kode unit Anda sendiri bila perlu.",
                    string.Join(", ", d.DroppedUnits)].Value,
            d => $"/Policies/Edit/{d.Policy.Id}",
            () => Task.FromResult(Page()));
}
