using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Tenants;

/// <summary>
/// The system admin's tenant pages over HTTP: a refused tenant comes back with each problem beside its field; a
/// new tenant leads to its first admin, whose one-time password works once and must then be changed.
/// </summary>
public sealed partial class TenantPagesTests(SqliteWebFixture web) : IClassFixture<SqliteWebFixture>
{
    private const string Password = "sistem-uji-2026";

    private async Task<HttpClient> SystemAdminAsync()
    {
        var admin = await TestAccounts.SystemAdminAsync(web.Database, Password);
        var client = web.Node.NewClient();
        using var signIn = await PageForms.SignInAsync(client, admin.UserName!, Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    [Fact]
    public async Task A_refused_tenant_shows_each_problem_and_creates_nothing()
    {
        using var client = await SystemAdminAsync();
        using var refused = await PageForms.SubmitAsync(client, "Tenants", new Dictionary<string, string>
        {
            ["code"] = "Kota Baru", ["name"] = "", ["kind"] = "City", ["timeZoneId"] = "Asia/Tokyo",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("kode Pemda 'Kota Baru' hanya boleh huruf kecil", html, StringComparison.Ordinal);
        Assert.Contains("nama Pemda wajib diisi", html, StringComparison.Ordinal);
        Assert.Contains("zona waktu 'Asia/Tokyo' tidak dikenal", html, StringComparison.Ordinal);
        Assert.Contains("pekan kerja harus memuat paling sedikit satu hari kerja", html, StringComparison.Ordinal);
        await using var scope = web.Database.NewScope();
        Assert.False(await scope.Db.Tenants.AnyAsync(t => t.Name == ""));
    }

    [Fact]
    public async Task A_new_tenants_first_admin_signs_in_once_with_the_shown_password_and_must_change_it()
    {
        using var client = await SystemAdminAsync();
        var code = $"t{Guid.NewGuid():N}"[..12];
        var days = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" };
        using var form = new FormUrlEncodedContent(
            new[] { ("code", code), ("name", "Pemerintah Kabupaten Seruyan"), ("kind", "Regency"), ("timeZoneId", "Asia/Jakarta") }
                .Concat(days.Select(d => ("days", d)))
                .Append(("__RequestVerificationToken", WebUtility.HtmlDecode(Token().Match(await client.GetStringAsync("Tenants")).Groups[1].Value)))
                .Select(p => new KeyValuePair<string, string>(p.Item1, p.Item2)));
        using var created = await client.PostAsync("Tenants", form);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var adminsPage = created.Headers.Location!.ToString().TrimStart('/');
        Assert.StartsWith("Tenants/Admins/", adminsPage, StringComparison.Ordinal);

        using var account = await PageForms.SubmitAsync(client, adminsPage, new Dictionary<string, string>
        {
            ["userName"] = $"admin.{code}", ["displayName"] = "Admin BKPSDM Seruyan",
        });
        var html = await account.Content.ReadAsStringAsync();
        var password = InitialPassword().Match(html).Groups[1].Value;
        Assert.NotEmpty(password);

        using var owner = web.Node.NewClient();
        using var signIn = await PageForms.SignInAsync(owner, $"admin.{code}", password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("/Accounts/ChangePassword", signIn.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var calendar = await owner.GetAsync("Calendar");
        Assert.Contains("/Accounts/ChangePassword", calendar.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(password, await (await client.GetAsync(adminsPage)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<code>([A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4})</code>")]
    private static partial Regex InitialPassword();
}
