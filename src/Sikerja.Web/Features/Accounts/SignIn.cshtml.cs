using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Data.Accounts;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Accounts;

public sealed class SignInModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, IStringLocalizer<Text> t) : PageModel
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
            result = await signIn.TwoFactorAuthenticatorSignInAsync(TwoFactorCode.Replace(" ", "", StringComparison.Ordinal), isPersistent: false, rememberClient: false);
            if (!result.Succeeded && !result.IsLockedOut)
            {
                AskTwoFactor = true;
                ModelState.AddModelError(nameof(TwoFactorCode), t["Kode autentikator salah."]);
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
}
