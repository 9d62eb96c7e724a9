using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Data.Accounts;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Accounts;

/// <summary>First run of a fresh installation: creates the first system admin. Gone (404) once one exists.</summary>
public sealed class SetupModel(SystemAdminSetup setup, SignInManager<AppUser> signIn, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty]
    public string Repeat { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await setup.AnyAsync(ct) ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await setup.AnyAsync(ct))
        {
            return NotFound();
        }
        if (Password != Repeat)
        {
            ModelState.AddModelError(nameof(Repeat), t["Kata sandi dan ulangannya tidak sama."]);
            return Page();
        }
        var result = await setup.CreateFirstAsync(UserName, Password, ct);
        if (!result.IsDone)
        {
            foreach (var p in result.Problems)
            {
                ModelState.AddModelError("", p.Message);
            }
            return Page();
        }
        await signIn.SignInAsync(result.Value!, isPersistent: false);
        TempData["Message"] = t["Admin sistem pertama sudah dibuat dan Anda sudah masuk."].Value;
        return LocalRedirect("/");
    }
}
