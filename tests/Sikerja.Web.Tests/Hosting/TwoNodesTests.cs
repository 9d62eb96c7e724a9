using System.Net;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Hosting;

/// <summary>
/// Two web nodes on loopback share one PostgreSQL database and nothing else: a person who signs in on one
/// carries on on the other, with a cookie (pages) or a bearer token (API).
/// </summary>
public sealed class TwoNodesTests(PostgresFixture database) : IClassFixture<PostgresFixture>
{
    private const string Password = "dua-node-2026";

    [Fact]
    public async Task Signing_in_on_one_node_carries_over_to_the_other()
    {
        var tenant = await TestTenant.CreateAsync(database);
        var unit = await tenant.UnitAsync("bkpsdm", OrgUnitType.Agency);
        var employee = await tenant.EmployeeAsync(unit, PositionLevel.Staff, name: "Siti Rahmawati");
        await tenant.AccountAsync(employee, Role.TenantAdmin, password: Password);

        await using var first = new SikerjaNode(database);
        await using var second = new SikerjaNode(database);
        Assert.NotEqual(first.BaseAddress, second.BaseAddress);

        var browser = new CookieContainerHolder();
        using var onFirst = first.NewClient(browser);
        using var signIn = await PageForms.SignInAsync(onFirst, employee.Nip, Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        using var onSecond = second.NewClient(browser);
        using var home = await onSecond.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Siti Rahmawati", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A form rendered on one node is accepted by the other (antiforgery keys are shared too).
        using var signOut = await PageForms.SubmitAsync(onSecond, "Accounts/SignOut", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        using var api = await ApiSession.SignInAsync(first, employee.Nip, Password);
        using var viaSecond = second.NewClient();
        viaSecond.DefaultRequestHeaders.Authorization = api.DefaultRequestHeaders.Authorization;
        using var units = await viaSecond.GetAsync("api/v1/units");
        Assert.Equal(HttpStatusCode.OK, units.StatusCode);
        Assert.Contains("bkpsdm", await units.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
