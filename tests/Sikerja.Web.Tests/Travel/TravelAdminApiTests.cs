using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sikerja.Domain.Access;
using Sikerja.Domain.Travel;
using Sikerja.Integration.Tests.Travel;
using Sikerja.Web.Features.Travel;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Travel;

/// <summary>
/// Travel settings, high-risk regions and own regions through the API: a tenant admin reads and replaces the rules,
/// a health officer marks a red zone, the admin keeps own regions that every employee finds by search; refusals name
/// their field, and an employee is refused what only admins (or health officers) do.
/// </summary>
public sealed class TravelAdminApiTests(SqliteWebFixture web) : IClassFixture<SqliteWebFixture>
{
    private const string Password = "bepergian-api-2026";

    private async Task<(TravelWorld World, HttpClient Admin, HttpClient Staff)> ArrangeAsync()
    {
        var w = await TravelWorld.CreateAsync(web.Database, Password);
        var adminUser = $"adm{Guid.NewGuid():N}"[..16];
        await w.Tenant.AccountAsync(null, Role.TenantAdmin, password: Password, userName: adminUser);
        return (w, await web.ApiClientAsync(adminUser, Password), await web.ApiClientAsync(w.Staff.Nip, Password));
    }

    [Fact]
    public async Task A_tenant_admin_reads_and_replaces_the_travel_rules_and_each_refusal_names_its_field()
    {
        var (_, admin, staff) = await ArrangeAsync();
        using (admin)
        using (staff)
        {
            var current = JsonDocument.Parse(await admin.GetStringAsync("api/v1/travel-settings")).RootElement;
            Assert.Equal("64.02", current.GetProperty("homeRegionCode").GetString());
            Assert.Equal("Kabupaten Kutai Kartanegara, Kalimantan Timur", current.GetProperty("homeRegionName").GetString());
            Assert.Equal(["DirectSuperior", "AgencyHead", "RegionHead"], current.GetProperty("officialChain").EnumerateArray().Select(s => s.GetString()));

            using (var refused = await admin.PutAsJsonAsync("api/v1/travel-settings", new TravelSettingsApi.TravelSettingsRequest(
                "99.99", [ApprovalStep.DirectSuperior], [ApprovalStep.AgencyHead, ApprovalStep.AgencyHead], null, 72, null, null)))
            {
                Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
                var errors = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
                Assert.Equal(["quarantineDaysAfterHighRisk"], errors.EnumerateObject().Select(e => e.Name));
            }
            using (var refused = await admin.PutAsJsonAsync("api/v1/travel-settings", new TravelSettingsApi.TravelSettingsRequest(
                "99.99", [ApprovalStep.DirectSuperior], [ApprovalStep.AgencyHead, ApprovalStep.AgencyHead], null, 72, 99, Guid.NewGuid())))
            {
                var errors = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
                Assert.Equal(["homeRegionCode", "privateChain", "quarantineDaysAfterHighRisk", "sekdaUnitId"], errors.EnumerateObject().Select(e => e.Name).Order());
                Assert.Contains("daerah '99.99' tidak ada dalam daftar daerah", errors.GetProperty("homeRegionCode")[0].GetString());
            }
            Assert.Equal("64.02", JsonDocument.Parse(await admin.GetStringAsync("api/v1/travel-settings")).RootElement.GetProperty("homeRegionCode").GetString());

            using (var saved = await admin.PutAsJsonAsync("api/v1/travel-settings", new TravelSettingsApi.TravelSettingsRequest(
                "64", [ApprovalStep.AgencyHead, ApprovalStep.RegionHead], [ApprovalStep.DirectSuperior], null, 24, 14, null)))
            {
                Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            }
            var after = JsonDocument.Parse(await admin.GetStringAsync("api/v1/travel-settings")).RootElement;
            Assert.Equal("Kalimantan Timur", after.GetProperty("homeRegionName").GetString());
            Assert.Equal(["AgencyHead", "RegionHead"], after.GetProperty("officialChain").EnumerateArray().Select(s => s.GetString()));
            Assert.Equal(JsonValueKind.Null, after.GetProperty("highRiskExtraStep").ValueKind);
            Assert.Equal(24, after.GetProperty("emergencyGraceHours").GetInt32());
            Assert.Equal(14, after.GetProperty("quarantineDaysAfterHighRisk").GetInt32());

            using var read = await staff.GetAsync("api/v1/travel-settings");
            Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
            using var write = await staff.PutAsJsonAsync("api/v1/travel-settings", new TravelSettingsApi.TravelSettingsRequest(
                null, [ApprovalStep.DirectSuperior], [ApprovalStep.DirectSuperior], null, 0, 0, null));
            Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        }
    }

    [Fact]
    public async Task A_health_officer_marks_and_removes_a_red_zone_that_an_employee_may_not_touch()
    {
        var (w, admin, staff) = await ArrangeAsync();
        admin.Dispose();
        var officerUser = $"kes{Guid.NewGuid():N}"[..16];
        await w.Tenant.AccountAsync(null, Role.HealthOfficer, password: Password, userName: officerUser);
        using var officer = await web.ApiClientAsync(officerUser, Password);
        using (staff)
        {
            using (var refused = await officer.PostAsJsonAsync("api/v1/high-risk-regions", new HighRiskInput("31.99", w.Today.AddDays(3), w.Today, null)))
            {
                Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
                var errors = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
                Assert.True(errors.TryGetProperty("regionCode", out _), errors.ToString());
            }
            Guid id;
            using (var marked = await officer.PostAsJsonAsync("api/v1/high-risk-regions", new HighRiskInput("31", w.Today, w.Today.AddDays(13), "zona merah")))
            {
                var body = JsonDocument.Parse(await marked.Content.ReadAsStringAsync()).RootElement;
                Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
                Assert.Equal("DKI Jakarta", body.GetProperty("regionName").GetString());
                id = body.GetProperty("id").GetGuid();
            }
            var list = JsonDocument.Parse(await officer.GetStringAsync("api/v1/high-risk-regions")).RootElement;
            var only = Assert.Single(list.EnumerateArray());
            Assert.Equal(id, only.GetProperty("id").GetGuid());
            Assert.Equal("zona merah", only.GetProperty("note").GetString());

            using (var list2 = await staff.GetAsync("api/v1/high-risk-regions"))
            {
                Assert.Equal(HttpStatusCode.Forbidden, list2.StatusCode);
            }
            using (var remove = await staff.DeleteAsync($"api/v1/high-risk-regions/{id}"))
            {
                Assert.Equal(HttpStatusCode.Forbidden, remove.StatusCode);
            }
            using (var removed = await officer.DeleteAsync($"api/v1/high-risk-regions/{id}"))
            {
                Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
            }
            using var again = await officer.DeleteAsync($"api/v1/high-risk-regions/{id}");
            Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
            Assert.Empty(JsonDocument.Parse(await officer.GetStringAsync("api/v1/high-risk-regions")).RootElement.EnumerateArray());
        }
    }

    [Fact]
    public async Task Every_employee_searches_the_destinations_and_a_tenant_admin_keeps_the_own_ones()
    {
        var (_, admin, staff) = await ArrangeAsync();
        using (admin)
        using (staff)
        {
            var papua = JsonDocument.Parse(await staff.GetStringAsync("api/v1/travel-regions?q=papua%20barat%20daya")).RootElement.EnumerateArray().ToList();
            Assert.Equal(["96", "96.01", "96.02", "96.03", "96.04", "96.05", "96.71"], papua.Select(r => r.GetProperty("code").GetString()));
            Assert.Equal("Kabupaten Raja Ampat, Papua Barat Daya", papua[3].GetProperty("description").GetString());
            Assert.All(papua, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("id").ValueKind));
            Assert.True(JsonDocument.Parse(await staff.GetStringAsync("api/v1/travel-regions")).RootElement.GetArrayLength() > 550);

            using (var refused = await admin.PostAsJsonAsync("api/v1/travel-regions", new TravelRegionsApi.TravelRegionRequest("96.01", "")))
            {
                var errors = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
                Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
                Assert.Contains("sudah dipakai Kabupaten Sorong", errors.GetProperty("code")[0].GetString());
                Assert.Equal("tulis nama daerah", errors.GetProperty("name")[0].GetString());
            }
            using (var denied = await staff.PostAsJsonAsync("api/v1/travel-regions", new TravelRegionsApi.TravelRegionRequest("LN-MY", "Malaysia")))
            {
                Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
            }
            Guid id;
            using (var added = await admin.PostAsJsonAsync("api/v1/travel-regions", new TravelRegionsApi.TravelRegionRequest("LN-MY", "Malaysia")))
            {
                Assert.Equal(HttpStatusCode.OK, added.StatusCode);
                id = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
            }
            using (var renamed = await admin.PutAsJsonAsync($"api/v1/travel-regions/{id}", new TravelRegionsApi.TravelRegionNameRequest("Malaysia (Kuala Lumpur)")))
            {
                Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
            }
            var found = Assert.Single(JsonDocument.Parse(await staff.GetStringAsync("api/v1/travel-regions?q=kuala%20lumpur")).RootElement.EnumerateArray());
            Assert.Equal(id, found.GetProperty("id").GetGuid());
            Assert.Equal("Custom", found.GetProperty("kind").GetString());
            Assert.Equal("LN-MY", found.GetProperty("code").GetString());

            using (var notYours = await staff.DeleteAsync($"api/v1/travel-regions/{id}"))
            {
                Assert.Equal(HttpStatusCode.Forbidden, notYours.StatusCode);
            }
            using (var removed = await admin.DeleteAsync($"api/v1/travel-regions/{id}"))
            {
                Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
            }
            Assert.Empty(JsonDocument.Parse(await staff.GetStringAsync("api/v1/travel-regions?q=kuala%20lumpur")).RootElement.EnumerateArray());
        }
    }
}
