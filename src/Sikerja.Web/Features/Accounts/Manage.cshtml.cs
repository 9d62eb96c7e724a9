using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Data.Accounts;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Accounts;

/// <summary>One's own account: its facts, the password, and the optional second factor.</summary>
public sealed class ManageModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, AuthenticatorSetup authenticator, AccountQuery accounts, IStringLocalizer<Text> t)
    : PageModel
{
    public AccountRow? Account { get; private set; }

    /// <summary>Shown while setting up an authenticator app.</summary>
    public AuthenticatorEnrolment? Enrolment { get; private set; }

    /// <summary>Shown once, right after they are made.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public async Task<IActionResult> OnGetAsync(bool enrol, CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (enrol && !user.TwoFactorEnabled)
        {
            Enrolment = await authenticator.EnrolmentAsync(user);
            await signIn.RefreshSignInAsync(user);
        }
        return await ShowAsync(user, ct);
    }

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var result = await authenticator.EnableAsync(user, Code);
        if (!result.IsDone)
        {
            AddErrors(result.Problems);
            Enrolment = user.TwoFactorEnabled ? null : await authenticator.EnrolmentAsync(user);
            return await ShowAsync(user, ct);
        }
        await signIn.RefreshSignInAsync(user);
        RecoveryCodes = result.Value;
        TempData["Message"] = t["Verifikasi dua langkah sudah aktif."].Value;
        return await ShowAsync(user, ct);
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var result = await authenticator.NewRecoveryCodesAsync(user);
        if (result.IsDone)
        {
            RecoveryCodes = result.Value;
        }
        else
        {
            AddErrors(result.Problems);
        }
        return await ShowAsync(user, ct);
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var result = await authenticator.DisableAsync(user, Password);
        if (!result.IsDone)
        {
            AddErrors(result.Problems);
            return await ShowAsync(user, ct);
        }
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = t["Verifikasi dua langkah sudah dimatikan."].Value;
        return RedirectToPage();
    }

    private async Task<IActionResult> ShowAsync(AppUser user, CancellationToken ct)
    {
        Account = await accounts.OwnAsync(ct);
        if (Account is null)
        {
            return Challenge();
        }
        RecoveryCodesLeft = user.TwoFactorEnabled ? await authenticator.RecoveryCodesLeftAsync(user) : 0;
        return Page();
    }

    private void AddErrors(IEnumerable<Domain.Problem> problems)
    {
        foreach (var p in problems)
        {
            ModelState.AddModelError(p.Where, p.Message);
        }
    }
}
