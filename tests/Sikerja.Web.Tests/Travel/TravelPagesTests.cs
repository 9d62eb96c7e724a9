using System.Net;
using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.Travel;
using Sikerja.Integration.Tests.Travel;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Travel;

/// <summary>
/// The travel admin pages over HTTP: a tenant admin sets the home region, quarantine and the Sekretariat Daerah, marks
/// a high-risk region and adds, renames and removes an own region, with each refusal beside its field; a plain
/// employee is turned away; a Kepala Bidang records a trip that began without approval.
/// </summary>
public sealed class TravelPagesTests(SqliteWebFixture web) : IClassFixture<SqliteWebFixture>
{
    private const string Password = "bepergian-uji-2026";

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = web.Node.NewClient();
        using var signIn = await PageForms.SignInAsync(client, user, Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    [Fact]
    public async Task A_tenant_admin_sets_the_rules_marks_a_red_zone_and_keeps_own_regions_while_an_employee_is_turned_away()
    {
        var w = await TravelWorld.CreateAsync(web.Database, Password);
        var adminUser = $"adm{Guid.NewGuid():N}"[..16];
        await w.Tenant.AccountAsync(null, Role.TenantAdmin, password: Password, userName: adminUser);
        using var admin = await SignedInAsync(adminUser);

        using var refused = await PageForms.SubmitAsync(admin, "Travel/Settings", new Dictionary<string, string>
        {
            ["homeRegionCode"] = "99.99", ["officialChain[0]"] = "DirectSuperior", ["privateChain[0]"] = "AgencyHead", ["privateChain[1]"] = "AgencyHead",
            ["highRiskExtraStep"] = "Sekda", ["emergencyGraceHours"] = "72", ["quarantineDaysAfterHighRisk"] = "14", ["sekdaUnitId"] = w.Dinas.Id.ToString(),
        });
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("daerah '99.99' tidak ada dalam daftar daerah", page, StringComparison.Ordinal);
        Assert.Contains("satu langkah hanya boleh muncul sekali dalam rantai", page, StringComparison.Ordinal);
        Assert.Contains($"{w.Dinas.Name} bukan unit bertipe Sekretariat", page, StringComparison.Ordinal);
        Assert.Contains("Menurut aturan: Sekretariat Daerah", page, StringComparison.Ordinal);
        using var saved = await PageForms.SubmitAsync(admin, "Travel/Settings", new Dictionary<string, string>
        {
            ["homeRegionCode"] = "64", ["officialChain[0]"] = "DirectSuperior", ["officialChain[1]"] = "RegionHead", ["privateChain[0]"] = "DirectSuperior",
            ["highRiskExtraStep"] = "", ["emergencyGraceHours"] = "48", ["quarantineDaysAfterHighRisk"] = "14", ["sekdaUnitId"] = w.Setda.Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Kalimantan Timur", WebUtility.HtmlDecode(await admin.GetStringAsync("Travel/Settings")), StringComparison.Ordinal);

        using var marked = await PageForms.SubmitAsync(admin, "Travel/HighRisk", new Dictionary<string, string>
        {
            ["regionCode"] = "31", ["from"] = w.Today.ToString("yyyy-MM-dd"), ["until"] = w.Today.AddDays(14).ToString("yyyy-MM-dd"), ["note"] = "zona merah",
        });
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Contains("DKI Jakarta", WebUtility.HtmlDecode(await admin.GetStringAsync("Travel/HighRisk")), StringComparison.Ordinal);

        using var added = await PageForms.SubmitAsync(admin, "Travel/Regions", new Dictionary<string, string> { ["code"] = "LN-MY", ["name"] = "Malaysia" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        using var clash = await PageForms.SubmitAsync(admin, "Travel/Regions", new Dictionary<string, string> { ["code"] = "64.72", ["name"] = "Samarinda lagi" });
        Assert.Contains("kode 64.72 sudah dipakai Kota Samarinda dalam daftar daerah", WebUtility.HtmlDecode(await clash.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        await using (var scope = web.Database.NewScope().InTenant(w.Tenant.Id))
        {
            var settings = await scope.Db.TravelSettings.SingleAsync();
            Assert.Equal(("64", 48, 14, (ApprovalStep?)null, (Guid?)w.Setda.Id),
                (settings.HomeRegionCode, settings.EmergencyGraceHours, settings.QuarantineDaysAfterHighRisk, settings.HighRiskExtraStep, settings.SekdaUnitId));
            Assert.Equal([ApprovalStep.DirectSuperior, ApprovalStep.RegionHead], settings.OfficialChain);
            Assert.Equal("Malaysia", (await scope.Db.CustomRegions.SingleAsync()).Name);
        }

        using var staff = await SignedInAsync(w.Staff.Nip);
        foreach (var path in new[] { "Travel/Settings", "Travel/HighRisk", "Travel/Regions" })
        {
            using var denied = await staff.GetAsync(path);
            Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
        }
        Assert.Contains("Malaysia", WebUtility.HtmlDecode(await staff.GetStringAsync("Travel?province=64")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_direct_superior_records_a_trip_that_began_without_approval()
    {
        var w = await TravelWorld.CreateAsync(web.Database, Password);
        using var kabid = await SignedInAsync(w.Kabid.Nip);
        var form = new Dictionary<string, string>
        {
            ["nip"] = w.Staff.Nip, ["destination"] = TravelWorld.Samarinda, ["purpose"] = "Personal", ["leavesOn"] = w.Today.AddDays(-1).ToString("yyyy-MM-dd"),
            ["returnsOn"] = w.Today.AddDays(1).ToString("yyyy-MM-dd"), ["reason"] = "pulang kampung", ["contact"] = "0812 0000 1111",
        };
        using var recorded = await PageForms.SubmitAsync(kabid, "Travel/Record", form);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        await using var scope = web.Database.NewScope().InTenant(w.Tenant.Id);
        var permit = await scope.Db.TravelPermits.SingleAsync(p => p.EmployeeId == w.Staff.Id);
        Assert.Equal((PermitStatus.Unapproved, "Kota Samarinda, Kalimantan Timur"), (permit.Status, permit.DestinationName));
        using var staff = await SignedInAsync(w.Staff.Nip);
        var mine = WebUtility.HtmlDecode(await staff.GetStringAsync("Travel"));
        Assert.Contains("Tanpa izin", mine, StringComparison.Ordinal);
        Assert.Contains("Konfirmasi sudah kembali", mine, StringComparison.Ordinal);
    }
}
