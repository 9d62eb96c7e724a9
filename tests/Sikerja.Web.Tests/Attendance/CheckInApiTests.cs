using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Tenants;
using Sikerja.Integration.Tests.Attendance;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Attendance;

/// <summary>The check-in contract over HTTP: 201 with the receipt, 200 with duplicate=true for a known client id, 400 with field errors.</summary>
public sealed class CheckInApiTests(SqliteWebFixture web) : IClassFixture<SqliteWebFixture>
{
    private const string Password = "presensi-uji-2026";

    [Fact]
    public async Task A_check_in_is_created_once_and_a_refusal_names_its_field()
    {
        var today = new TenantClock(TimeProvider.System, IndonesianTimeZones.Wib).Today;
        var w = await CheckInWorld.CreateAsync(web.Database, today, Password);
        using var api = await web.ApiClientAsync(w.Staff.Nip, Password);
        var (lat, lon) = CheckInWorld.North(10);
        var clientId = Guid.NewGuid();
        var body = new { clientId, direction = "In", mode = "Office", deviceAt = DateTimeOffset.Now.ToString("O"), latitude = lat, longitude = lon, accuracyMetres = 12.5 };

        using var created = await api.PostAsJsonAsync("api/v1/attendance/check-ins", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var receipt = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(clientId, receipt.GetProperty("clientId").GetGuid());
        Assert.Equal(today, DateOnly.Parse(receipt.GetProperty("workDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(("In", "Office", false), (receipt.GetProperty("direction").GetString(), receipt.GetProperty("mode").GetString(), receipt.GetProperty("duplicate").GetBoolean()));
        Assert.Equal(JsonValueKind.Array, receipt.GetProperty("flags").ValueKind);

        using var again = await api.PostAsJsonAsync("api/v1/attendance/check-ins", body);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var duplicate = JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement;
        Assert.True(duplicate.GetProperty("duplicate").GetBoolean());
        Assert.Equal(receipt.GetProperty("id").GetGuid(), duplicate.GetProperty("id").GetGuid());

        var (farLat, farLon) = CheckInWorld.North(2000);
        using var refused = await api.PostAsJsonAsync("api/v1/attendance/check-ins", body with { clientId = Guid.NewGuid(), latitude = farLat, longitude = farLon });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("di luar radius kantor", problem.GetProperty("errors").GetProperty("location")[0].GetString(), StringComparison.Ordinal);

        using var todayView = await api.GetAsync("api/v1/attendance/today");
        var view = JsonDocument.Parse(await todayView.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(("Office", "Out", 1), (view.GetProperty("mode").GetString(), view.GetProperty("next").GetString(), view.GetProperty("records").GetArrayLength()));
        Assert.Equal(w.Dinas.Id, view.GetProperty("office").GetProperty("unit").GetGuid());
        Assert.Equal("PAGI", view.GetProperty("shifts")[0].GetProperty("code").GetString());
        Assert.Single(await w.StoredAsync(web.Database));
    }
}
