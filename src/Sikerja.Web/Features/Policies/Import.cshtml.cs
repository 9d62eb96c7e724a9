using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Policies;

/// <summary>A draft from a policy JSON file (or pasted text); every problem is listed with its JSON path.</summary>
public sealed class ImportModel(PolicyService policies, PolicyAccess access, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty]
    public string? Text { get; set; }

    public IActionResult OnGet() => access.CanEdit ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (!access.CanEdit)
        {
            return Forbid();
        }
        await using var content = file is { Length: > 0 } ? file.OpenReadStream() : new MemoryStream(Encoding.UTF8.GetBytes(Text ?? ""));
        if (file is not { Length: > 0 } && string.IsNullOrWhiteSpace(Text))
        {
            ModelState.AddModelError("file", t["Pilih berkas JSON atau tempel isinya."]);
            return Page();
        }
        var (rules, problems) = await PolicyFile.ReadAsync(content, ct);
        if (rules is null)
        {
            ModelState.AddProblems(problems);
            return Page();
        }
        return await this.OutcomeAsync(await policies.CreateDraftAsync(new PolicyDraft(null, null, null, rules), ct),
            p => t["Rancangan {0} diimpor; lengkapi penanda tangan dan tanggal surat sebelum terbit.", p.Number].Value,
            p => $"/Policies/Detail/{p.Id}",
            () => Task.FromResult(Page()));
    }
}
