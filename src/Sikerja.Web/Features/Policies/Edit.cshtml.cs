using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Policies;

/// <summary>A draft circular as a form: the letter, who is covered and exempt, shifts, rule rows, the cap.</summary>
public sealed class EditModel(PolicyService policies, PolicyQuery query, PolicyAccess access, TenantTime time, IStringLocalizer<Text> t) : PageModel
{
    public Guid? Id { get; private set; }

    public PolicyForm Form { get; private set; } = new();

    [BindProperty]
    public string? Add { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (!access.CanEdit)
        {
            return Forbid();
        }
        Id = id;
        if (id is { } existing)
        {
            if (await query.DetailAsync(existing, ct) is not { } detail)
            {
                return NotFound();
            }
            if (detail.Policy.Status != PolicyStatus.Draft)
            {
                TempData["Message"] = t["Surat edaran yang sudah terbit diubah dengan perpanjangan, perubahan (versi baru) atau pencabutan."].Value;
                return RedirectToPage("/Policies/Detail", new { id = existing });
            }
            Form = PolicyForm.From(detail.Policy);
        }
        else
        {
            var from = time.Clock.Today.AddDays(1);
            Form = PolicyForm.From(
                new PolicyRules("", "", from, from.AddDays(13), [Employment.Pns, Employment.Pppk], [], [], [Shift.FullDay], [], [], null, Staffing.Minimum),
                null, null, null);
        }
        Form.AddBlankRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        if (!access.CanEdit)
        {
            return Forbid();
        }
        Id = id;
        var form = new PolicyForm();
        await TryUpdateModelAsync(form, "");
        Form = form;
        if (Add is { Length: > 0 })
        {
            Form.AddRow(Add);
            ModelState.Clear();
            return Page();
        }
        var (draft, problems) = Form.Read();
        if (draft is null)
        {
            ModelState.Clear();
            ModelState.AddProblems(problems);
            Form.AddBlankRows();
            return Page();
        }
        var result = id is { } existing ? await policies.UpdateDraftAsync(existing, draft, ct) : await policies.CreateDraftAsync(draft, ct);
        ModelState.Clear();
        return await this.OutcomeAsync(result,
            p => t["Rancangan {0} disimpan.", p.Number].Value,
            p => $"/Policies/Detail/{p.Id}",
            () =>
            {
                Form.AddBlankRows();
                return Task.FromResult(Page());
            });
    }

    /// <summary>The problem keys shown beside a field; any other problem is listed at the top.</summary>
    public string[] PlacedKeys()
    {
        var keys = new List<string> { "number", "title", "signerName", "signerPost", "issuedOn", "effectiveFrom", "effectiveUntil", "appliesTo",
            "shifts", "alwaysOnSite", "minimumOnSite", "maxOnSiteFraction", "staffing", "reporting" };
        keys.AddRange(ExemptUnitKeys());
        for (var i = 0; i < Form.Shifts.Count; i++)
        {
            keys.AddRange([$"shifts[{i}].code", $"shifts[{i}].start", $"shifts[{i}].end"]);
        }
        for (var i = 0; i < Form.AlwaysOnSite.Count; i++)
        {
            var p = $"alwaysOnSite[{i}]";
            keys.AddRange([p, $"{p}.levels", $"{p}.titles", $"{p}.headOfUnitTypes", $"{p}.employment"]);
        }
        for (var i = 0; i < Form.MinimumOnSite.Count; i++)
        {
            var p = $"minimumOnSite[{i}]";
            keys.AddRange([p, $"{p}.count", $"{p}.per", $"{p}.select.levels", $"{p}.select.titles", $"{p}.select.headOfUnitTypes", $"{p}.select.employment"]);
        }
        return [.. keys];
    }

    /// <summary>"exemptUnits" and one key per code written (the problems name the code's place in the list).</summary>
    public string[] ExemptUnitKeys() =>
        ["exemptUnits", .. ModelState.Keys.Where(k => k.StartsWith("exemptUnits[", StringComparison.OrdinalIgnoreCase))];
}
