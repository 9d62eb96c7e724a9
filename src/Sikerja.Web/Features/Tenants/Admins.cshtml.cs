using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Tenants;

/// <summary>A tenant's admins: the system admin creates one with a password shown on this page only, once.</summary>
public sealed class AdminsModel(TenantService tenants) : PageModel
{
    public TenantSummary? Tenant { get; private set; }

    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string DisplayName { get; set; } = "";

    public CreatedAccount? Created { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var result = await tenants.CreateAdminAsync(id, UserName, DisplayName, ct);
        if (result.Status is CommandStatus.Forbidden or CommandStatus.NotFound)
        {
            return await LoadAsync(id, ct);
        }
        ModelState.AddProblems(result.Problems);
        Created = result.Value;
        if (Created is not null)
        {
            ModelState.Clear();
            (UserName, DisplayName) = ("", "");
        }
        return await LoadAsync(id, ct);
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken ct)
    {
        var result = await tenants.GetAsync(id, ct);
        Tenant = result.Value;
        return result.Status switch
        {
            CommandStatus.Done => Page(),
            CommandStatus.Forbidden => Forbid(),
            _ => NotFound(),
        };
    }
}
