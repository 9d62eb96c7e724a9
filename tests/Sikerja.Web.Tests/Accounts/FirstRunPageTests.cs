using System.Net;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Accounts;

/// <summary>A fresh installation over HTTP: the sign-in page points to the setup, which works once and is then gone.</summary>
public sealed class FirstRunPageTests(SqliteWebFixture web) : IClassFixture<SqliteWebFixture>
{
    [Fact]
    public async Task The_setup_page_creates_the_first_system_admin_signs_in_and_then_answers_404()
    {
        using var client = web.Node.NewClient();
        Assert.Contains("/Accounts/Setup", await client.GetStringAsync("Accounts/SignIn"), StringComparison.Ordinal);

        using var mismatch = await PageForms.SubmitAsync(client, "Accounts/Setup",
            new Dictionary<string, string> { ["UserName"] = "root", ["Password"] = "admin-sistem-1", ["Repeat"] = "admin-sistem-2" });
        Assert.Equal(HttpStatusCode.OK, mismatch.StatusCode);
        Assert.Contains("Kata sandi dan ulangannya tidak sama.", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var created = await PageForms.SubmitAsync(client, "Accounts/Setup",
            new Dictionary<string, string> { ["UserName"] = "root", ["Password"] = "admin-sistem-1", ["Repeat"] = "admin-sistem-1" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("root", await client.GetStringAsync(""), StringComparison.Ordinal);

        using var again = await client.GetAsync("Accounts/Setup");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        using var anonymous = web.Node.NewClient();
        Assert.DoesNotContain("/Accounts/Setup", await anonymous.GetStringAsync("Accounts/SignIn"), StringComparison.Ordinal);
        using var signIn = await PageForms.SignInAsync(anonymous, "root", "admin-sistem-1");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }
}
