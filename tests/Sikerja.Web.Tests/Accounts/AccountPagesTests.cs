using System.Net;
using System.Text.RegularExpressions;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Accounts;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Accounts;

/// <summary>Accounts over HTTP: sessions end with a reset, the second factor at sign-in, the audit page's door.</summary>
public sealed partial class AccountPagesTests(SqliteWebFixture web) : IClassFixture<SqliteWebFixture>
{
    private const string Password = "rahasia-uji-123";

    private sealed record World(TestTenant Tenant, string Admin, string Staff, Guid StaffAccount);

    private async Task<World> ArrangeAsync()
    {
        var t = await web.NewTenantAsync();
        var unit = await t.UnitAsync($"dinkes{Guid.NewGuid():N}"[..12], OrgUnitType.Agency);
        var admin = await t.EmployeeAsync(unit, PositionLevel.Staff, name: "Admin BKPSDM");
        var staff = await t.EmployeeAsync(unit, PositionLevel.Staff, name: "Staf Dinkes");
        await t.AccountAsync(admin, Role.TenantAdmin, password: Password);
        var staffAccount = await t.AccountAsync(staff, password: Password);
        return new World(t, admin.Nip, staff.Nip, staffAccount);
    }

    [Fact]
    public async Task A_password_reset_by_an_admin_ends_the_open_session_at_once()
    {
        var w = await ArrangeAsync();
        using var staff = web.Node.NewClient();
        using (var signIn = await PageForms.SignInAsync(staff, w.Staff, Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        using (var home = await staff.GetAsync(""))
        {
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        }

        using var admin = await web.ApiClientAsync(w.Admin, Password);
        using (var reset = await admin.PostAsync($"api/v1/accounts/{w.StaffAccount}/reset-password", null))
        {
            Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        }

        using var after = await staff.GetAsync("");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Accounts/SignIn", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_second_factor_is_switched_on_in_the_manage_page_and_asked_at_sign_in_where_a_recovery_code_works()
    {
        var w = await ArrangeAsync();
        using var staff = web.Node.NewClient();
        using (await PageForms.SignInAsync(staff, w.Staff, Password))
        {
        }
        var enrol = await staff.GetStringAsync("Accounts/Manage?enrol=true");
        Assert.Contains("data:image/png;base64,", enrol, StringComparison.Ordinal);
        var key = Key().Match(enrol).Groups[1].Value;

        using var enabled = await PageForms.SubmitAsync(staff, "Accounts/Manage?enrol=true&handler=Enable",
            new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        var page = await enabled.Content.ReadAsStringAsync();
        var codes = RecoveryCode().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Count);
        using (var manage = await staff.GetAsync("Accounts/Manage"))
        {
            Assert.Equal(HttpStatusCode.OK, manage.StatusCode);
        }

        using var again = web.Node.NewClient();
        using (var first = await PageForms.SignInAsync(again, w.Staff, Password))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Contains("TwoFactorCode", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using (var recovered = await PageForms.SubmitAsync(again, "Accounts/SignIn",
                   new Dictionary<string, string> { ["UserName"] = w.Staff, ["Password"] = Password, ["TwoFactorCode"] = codes[0].ToLowerInvariant() }))
        {
            Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
        }
        using var third = web.Node.NewClient();
        using var reused = await PageForms.SubmitAsync(third, "Accounts/SignIn",
            new Dictionary<string, string> { ["UserName"] = w.Staff, ["Password"] = Password, ["TwoFactorCode"] = codes[0] });
        Assert.Contains("Kode autentikator atau kode pemulihan salah.", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_tenant_admins_open_the_audit_page_and_account_administration()
    {
        var w = await ArrangeAsync();
        using var staff = web.Node.NewClient();
        using (await PageForms.SignInAsync(staff, w.Staff, Password))
        {
        }
        foreach (var page in new[] { "Audit", "Accounts/Admin" })
        {
            using var refused = await staff.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            using var denied = await staff.GetAsync(refused.Headers.Location!.OriginalString.TrimStart('/'));
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        }

        using var admin = web.Node.NewClient();
        using (await PageForms.SignInAsync(admin, w.Admin, Password))
        {
        }
        var audit = await admin.GetStringAsync($"Audit?entityType=AppUser&entityId={w.StaffAccount}");
        Assert.Contains("1 entri ditemukan", audit, StringComparison.Ordinal);
        Assert.Contains("WIB", audit, StringComparison.Ordinal);
        Assert.Contains("Staf Dinkes", await admin.GetStringAsync("Accounts/Admin?q=staf"), StringComparison.Ordinal);
    }

    [GeneratedRegex("<p><code>([a-z0-9 ]+)</code></p>")]
    private static partial Regex Key();

    [GeneratedRegex("<li><code>([A-Z0-9]{5}-[A-Z0-9]{5})</code></li>")]
    private static partial Regex RecoveryCode();
}
