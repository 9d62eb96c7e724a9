using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Data.Accounts;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Accounts;

public sealed class SignInModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, SystemAdminSetup setup, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty]
    public string? TwoFactorCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool AskTwoFactor { get; private set; }

    /// <summary>A fresh installation without a system admin: the page points to the first-run setup.</summary>
    public bool SetupAvailable { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => SetupAvailable = !await setup.AnyAsync(ct);

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            if (string.IsNullOrWhiteSpace(TwoFactorCode))
            {
                AskTwoFactor = true;
                return Page();
            }
            result = await SecondFactorSignInAsync(TwoFactorCode);
            if (!result.Succeeded && !result.IsLockedOut)
            {
                AskTwoFactor = true;
                ModelState.AddModelError(nameof(TwoFactorCode), t["Kode autentikator atau kode pemulihan salah."]);
                return Page();
            }
        }
        if (result.IsLockedOut)
        {
            ModelState.AddModelError("", t["Akun terkunci sementara karena terlalu banyak percobaan gagal. Coba lagi 15 menit lagi atau minta admin membuka kunci."]);
            return Page();
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", t["NIP/nama pengguna atau kata sandi salah."]);
            return Page();
        }
        var user = await users.FindByNameAsync(UserName.Trim());
        if (user is { MustChangePassword: true })
        {
            return RedirectToPage("/Accounts/ChangePassword", new { returnUrl = ReturnUrl });
        }
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    /// <summary>Six digits are an authenticator code; anything else is tried as a one-time recovery code.</summary>
    private Task<Microsoft.AspNetCore.Identity.SignInResult> SecondFactorSignInAsync(string code)
    {
        var digits = code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return digits.Length == 6 && digits.All(char.IsAsciiDigit)
            ? signIn.TwoFactorAuthenticatorSignInAsync(digits, isPersistent: false, rememberClient: false)
            : signIn.TwoFactorRecoveryCodeSignInAsync(code.Trim().ToUpperInvariant());
    }
}
