using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Api;

/// <summary>
/// The flags of the unit tree and the employee search are optional: a program that leaves them out gets the open
/// units and the active employees, and one that sets them gets the closed and former ones too.
/// </summary>
public sealed class OptionalFlagsTests(SqliteWebFixture web) : IClassFixture<SqliteWebFixture>
{
    private const string Password = "bendera-uji-123";

    [Fact]
    public async Task The_tree_and_the_search_answer_without_their_flags()
    {
        var t = await web.NewTenantAsync();
        var agency = await t.UnitAsync("dinas", OrgUnitType.Agency);
        var closed = await t.UnitAsync("dinas.lama", OrgUnitType.Division, agency);
        var admin = await t.EmployeeAsync(agency, PositionLevel.Staff, name: "Admin Dinas");
        await t.EmployeeAsync(agency, PositionLevel.Staff, name: "Rina Aktif");
        var former = await t.EmployeeAsync(agency, PositionLevel.Staff, name: "Rina Pensiun");
        await using (var scope = web.Database.NewScope().InTenant(t.Id))
        {
            (await scope.Db.OrgUnits.SingleAsync(u => u.Id == closed.Id)).IsClosed = true;
            (await scope.Db.Employees.SingleAsync(e => e.Id == former.Id)).IsActive = false;
            await scope.Db.SaveChangesAsync();
        }
        await t.AccountAsync(admin, Role.TenantAdmin, password: Password);
        using var api = await web.ApiClientAsync(admin.Nip, Password);

        Assert.Empty((await GetAsync(api, $"api/v1/units/tree?focus={agency.Id}")).GetProperty("children").EnumerateArray());
        Assert.Equal(["dinas.lama"], (await GetAsync(api, $"api/v1/units/tree?focus={agency.Id}&includeClosed=true"))
            .GetProperty("children").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        Assert.Equal(1, (await GetAsync(api, "api/v1/employees?q=rina")).GetProperty("total").GetInt32());
        Assert.Equal(2, (await GetAsync(api, "api/v1/employees?q=rina&includeInactive=true")).GetProperty("total").GetInt32());
    }

    private static async Task<JsonElement> GetAsync(HttpClient api, string path)
    {
        using var response = await api.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }
}
