using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sikerja.Domain.Access;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Tenants;
using Sikerja.Integration.Tests.Attendance;
using Sikerja.Web.Features.Attendance;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Attendance;

/// <summary>The office QR screen and the page a scanned code opens, the settings page and the home area, over HTTP.</summary>
public sealed class CheckInPagesTests(SqliteWebFixture web) : IClassFixture<SqliteWebFixture>
{
    private const string Password = "presensi-uji-2026";

    private async Task<(CheckInWorld World, HttpClient Staff, HttpClient Admin)> ArrangeAsync()
    {
        var today = new TenantClock(TimeProvider.System, IndonesianTimeZones.Wib).Today;
        var w = await CheckInWorld.CreateAsync(web.Database, today, Password);
        var adminName = $"adm{Guid.NewGuid():N}"[..16];
        await w.Tenant.AccountAsync(null, Role.TenantAdmin, password: Password, userName: adminName);
        var staff = web.Node.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.SignInAsync(staff, w.Staff.Nip, Password)).StatusCode);
        var admin = web.Node.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.SignInAsync(admin, adminName, Password)).StatusCode);
        return (w, staff, admin);
    }

    private static async Task AssertDeniedAsync(HttpClient client, string page)
    {
        using var response = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Accounts/Denied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    private OfficeQrTokens Tokens(TimeProvider clock) => new(web.Node.Services.GetRequiredService<IDataProtectionProvider>(), clock);

    [Fact]
    public async Task The_desk_screen_shows_a_rotating_code_to_admins_and_a_scanned_code_checks_in_once_while_an_old_one_is_refused()
    {
        var (w, staff, admin) = await ArrangeAsync();
        var offices = await admin.GetStringAsync("Attendance");
        Assert.Contains($"href=\"/Attendance/OfficeQr/{w.Dinas.Id}\"", offices, StringComparison.Ordinal);
        Assert.DoesNotContain("/Attendance/OfficeQr/", await staff.GetStringAsync("Attendance"), StringComparison.Ordinal);
        var screen = await admin.GetStringAsync($"Attendance/OfficeQr/{w.Dinas.Id}");
        Assert.Contains("src=\"data:image/png;base64,", screen, StringComparison.Ordinal);
        Assert.Contains("http-equiv=\"refresh\" content=\"40\"", screen, StringComparison.Ordinal);
        await AssertDeniedAsync(staff, $"Attendance/OfficeQr/{w.Dinas.Id}");

        var old = Tokens(new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-1))).Issue(w.Tenant.Id, w.Dinas.Id, 60).Token;
        using (var refused = await PageForms.SubmitAsync(staff, $"Attendance/Qr?t={old}", new Dictionary<string, string> { ["ClientId"] = Guid.NewGuid().ToString() }))
        {
            Assert.Contains("kedaluwarsa", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        var token = Tokens(TimeProvider.System).Issue(w.Tenant.Id, w.Dinas.Id, 60).Token;
        var form = new Dictionary<string, string> { ["ClientId"] = Guid.NewGuid().ToString() };
        foreach (var _ in Enumerable.Range(0, 2))
        {
            using var done = await PageForms.SubmitAsync(staff, $"Attendance/Qr?t={token}", form);
            Assert.Contains("Check-in diterima", WebUtility.HtmlDecode(await done.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }
        var stored = Assert.Single(await w.StoredAsync(web.Database));
        Assert.Equal((CheckInMethod.QrCode, w.Dinas.Id, CheckDirection.In), (stored.Method, stored.UnitId, stored.Direction));
    }

    [Fact]
    public async Task A_tenant_admin_sets_the_attendance_rules_and_a_bad_value_is_named()
    {
        var (w, staff, admin) = await ArrangeAsync();
        await AssertDeniedAsync(staff, "Attendance/Settings");
        var fields = new Dictionary<string, string>
        {
            ["RequirePhoto"] = "true", ["LateToleranceMinutes"] = "-5", ["MaxAccuracyMetres"] = "80", ["ClockGapMinutes"] = "20",
            ["PresenceRetentionDays"] = "90", ["LocationRetentionDays"] = "30", ["QrLifetimeSeconds"] = "45",
        };
        using (var refused = await PageForms.SubmitAsync(admin, "Attendance/Settings", fields))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("harus antara 0 dan 120 menit", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }
        fields["LateToleranceMinutes"] = "10";
        using (var saved = await PageForms.SubmitAsync(admin, "Attendance/Settings", fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        await using var scope = web.Database.NewScope().InTenant(w.Tenant.Id);
        var settings = await scope.Db.AttendanceSettings.AsNoTracking().SingleAsync();
        Assert.Equal((true, false, 10, 80, 20, 30, 45),
            (settings.RequirePhoto, settings.CheckHomeArea, settings.LateToleranceMinutes, settings.MaxAccuracyMetres, settings.ClockGapMinutes, settings.LocationRetentionDays, settings.QrLifetimeSeconds));
    }

    [Fact]
    public async Task An_employee_registers_their_home_area_and_cannot_touch_anothers()
    {
        var (w, staff, _) = await ArrangeAsync();
        using (var saved = await PageForms.SubmitAsync(staff, "Attendance/HomeArea",
                   new Dictionary<string, string> { ["Latitude"] = "-7,701234", ["Longitude"] = "109.6", ["RadiusMetres"] = "300" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        await using (var scope = web.Database.NewScope().InTenant(w.Tenant.Id))
        {
            var area = await scope.Db.HomeAreas.AsNoTracking().SingleAsync(h => h.EmployeeId == w.Staff.Id);
            Assert.Equal((-7.701234, 109.6, 300), (area.Latitude, area.Longitude, area.RadiusMetres));
        }
        Assert.Contains("-7.701234", await staff.GetStringAsync("Attendance/HomeArea"), StringComparison.Ordinal);

        var other = await w.Tenant.EmployeeAsync(w.OtherAgency, Sikerja.Domain.People.PositionLevel.Staff);
        await AssertDeniedAsync(staff, $"Attendance/HomeArea?employee={other.Id}");
    }
}
