using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Domain.Access;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Accounts.Admin;

/// <summary>One account: reset its password, unlock or disable it, grant and revoke its rights.</summary>
public sealed class DetailModel(
    AccountQuery accounts, AccountAdminService admin, AccountAccess access, CurrentUser me, IStringLocalizer<Text> t) : PageModel
{
    public AccountRow? Account { get; private set; }

    public IssuedPassword? Issued { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> Agencies { get; private set; } = [];

    public bool CanGrant => access.CanGrant;

    /// <summary>Agency admins reset and unlock only accounts that hold no rights.</summary>
    public bool CanReset => me.IsTenantAdmin || Account?.Grants.Count == 0;

    public bool IsSelf => Account?.Id == me.UserId;

    [BindProperty]
    public Role Role { get; set; }

    [BindProperty]
    public Guid? AgencyId { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => ShowAsync(id, ct);

    public async Task<IActionResult> OnPostResetAsync(Guid id, CancellationToken ct)
    {
        var result = await admin.ResetPasswordAsync(id, ct);
        if (!result.IsDone)
        {
            return await AfterAsync(id, result, "", ct);
        }
        Issued = result.Value;
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostUnlockAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await admin.UnlockAsync(id, ct), t["Kunci akun sudah dibuka."], ct);

    public async Task<IActionResult> OnPostLockAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await admin.LockAsync(id, ct), t["Akun sudah dinonaktifkan."], ct);

    public async Task<IActionResult> OnPostGrantAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await admin.GrantAsync(id, new GrantInput(Role, Role == Role.AgencyAdmin ? AgencyId : null), ct), t["Hak akses sudah diberikan."], ct);

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, Guid grantId, CancellationToken ct) =>
        await AfterAsync(id, await admin.RevokeAsync(id, grantId, ct), t["Hak akses sudah dicabut."], ct);

    private async Task<IActionResult> AfterAsync<T>(Guid id, CommandResult<T> result, string done, CancellationToken ct)
    {
        switch (result.Status)
        {
            case CommandStatus.NotFound:
                return NotFound();
            case CommandStatus.Forbidden:
                return Forbid();
            case CommandStatus.Refused:
                foreach (var p in result.Problems)
                {
                    ModelState.AddModelError(p.Where, p.Message);
                }
                return await ShowAsync(id, ct);
            default:
                TempData["Message"] = done;
                return RedirectToPage(new { id });
        }
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        if (!access.CanAdminister)
        {
            return Forbid();
        }
        Account = await accounts.FindAsync(id, ct);
        if (Account is null)
        {
            return NotFound();
        }
        if (CanGrant)
        {
            Agencies = await accounts.AgenciesAsync(ct);
        }
        return Page();
    }
}
