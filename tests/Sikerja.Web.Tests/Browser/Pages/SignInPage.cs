using Microsoft.Playwright;

namespace Sikerja.Web.Tests.Browser.Pages;

public sealed class SignInPage(IPage page)
{
    public async Task SignInAsync(string userName, string password)
    {
        await page.GotoAsync("/Accounts/SignIn");
        await page.GetByLabel("NIP atau nama pengguna").FillAsync(userName);
        await page.GetByLabel("Kata sandi").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Accounts/SignIn", StringComparison.Ordinal));
    }
}
