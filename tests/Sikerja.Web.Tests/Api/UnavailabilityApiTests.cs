using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Web.Features.Rosters;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Api;

/// <summary>Unavailable days through the API: an agency admin records, lists and removes them; an overlap is refused
/// with the field; the employee reads their own; a colleague reads nothing.</summary>
public sealed class UnavailabilityApiTests(SqliteWebFixture web) : IClassFixture<SqliteWebFixture>
{
    private const string Password = "tidak-tersedia-123";

    /// <summary>The API writes enums by name.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public async Task An_agency_admin_records_lists_and_removes_unavailable_days_and_only_the_employee_reads_them_besides()
    {
        var t = await web.NewTenantAsync();
        var agency = await t.UnitAsync("dinkes", OrgUnitType.Agency);
        var staff = await t.EmployeeAsync(agency, PositionLevel.Staff, name: "Staf Sakit");
        var colleague = await t.EmployeeAsync(agency, PositionLevel.Staff, name: "Staf Rekan");
        var admin = await t.EmployeeAsync(agency, PositionLevel.Staff, name: "Admin Dinkes");
        await t.AccountAsync(admin, Role.AgencyAdmin, agency, password: Password);
        await t.AccountAsync(staff, password: Password);
        await t.AccountAsync(colleague, password: Password);
        using var adminApi = await web.ApiClientAsync(admin.Nip, Password);
        using var staffApi = await web.ApiClientAsync(staff.Nip, Password);
        using var colleagueApi = await web.ApiClientAsync(colleague.Nip, Password);
        var path = $"api/v1/employees/{staff.Id}/unavailability";

        using var recorded = await adminApi.PostAsJsonAsync(path, new UnavailabilityInput(new(2030, 3, 2), new(2030, 3, 6), UnavailabilityCause.Sick, "demam"));
        var body = await recorded.Content.ReadAsStringAsync();
        Assert.True(recorded.IsSuccessStatusCode, body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
        using var overlapping = await adminApi.PostAsJsonAsync(path, new UnavailabilityInput(new(2030, 3, 5), new(2030, 3, 9), UnavailabilityCause.Leave, null));
        using var backwards = await adminApi.PostAsJsonAsync(path, new UnavailabilityInput(new(2030, 4, 9), new(2030, 4, 2), UnavailabilityCause.Leave, null));
        var own = await staffApi.GetFromJsonAsync<List<UnavailabilityApi.UnavailabilityDto>>(path, Json);
        using var colleagueRead = await colleagueApi.GetAsync(path);
        using var colleagueDelete = await colleagueApi.DeleteAsync($"api/v1/unavailability/{id}");
        using var removed = await adminApi.DeleteAsync($"api/v1/unavailability/{id}");
        var after = await adminApi.GetFromJsonAsync<List<UnavailabilityApi.UnavailabilityDto>>(path, Json);

        Assert.Equal(HttpStatusCode.BadRequest, overlapping.StatusCode);
        Assert.Contains("2030-03-02", JsonDocument.Parse(await overlapping.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("from")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.True(JsonDocument.Parse(await backwards.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("to", out _));
        var single = Assert.Single(own!);
        Assert.Equal((new DateOnly(2030, 3, 2), new DateOnly(2030, 3, 6), UnavailabilityCause.Sick, "demam"), (single.From, single.To, single.Cause, single.Note));
        Assert.True(colleagueRead.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound);
        Assert.DoesNotContain("demam", await colleagueRead.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(colleagueDelete.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound);
        Assert.True(removed.IsSuccessStatusCode);
        Assert.Empty(after!);
    }
}
