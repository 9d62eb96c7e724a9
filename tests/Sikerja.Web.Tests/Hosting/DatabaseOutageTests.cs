using System.Diagnostics;
using System.Net;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Hosting;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Hosting;

/// <summary>
/// PostgreSQL stopped under a running web node: every request fails at once with 503 and Retry-After (the API
/// with ProblemDetails, pages with a short page), no stack trace; once the server is started again the same node
/// serves again, with no restart.
/// </summary>
public sealed class DatabaseOutageTests(OwnPostgresCluster database) : IClassFixture<OwnPostgresCluster>
{
    private const string Password = "mati-listrik-2026";

    /// <summary>Far below Npgsql's own 15 s connect timeout and any client's patience.</summary>
    private static readonly TimeSpan Fast = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Requests_fail_fast_with_503_while_PostgreSQL_is_down_and_succeed_after_it_is_back()
    {
        var tenant = await TestTenant.CreateAsync(database);
        var unit = await tenant.UnitAsync("bkpsdm", OrgUnitType.Agency);
        var employee = await tenant.EmployeeAsync(unit, PositionLevel.Staff, name: "Dewi Lestari");
        await tenant.AccountAsync(employee, Role.TenantAdmin, password: Password);
        await using var node = new SikerjaNode(database);
        using var api = await ApiSession.SignInAsync(node, employee.Nip, Password);
        using var browser = node.NewClient();
        using (var signIn = await PageForms.SignInAsync(browser, employee.Nip, Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        using (var before = await api.GetAsync("api/v1/units"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await database.StopAsync();
        try
        {
            for (var attempt = 0; attempt < 3; attempt++)
            {
                var timer = Stopwatch.StartNew();
                using var down = await api.GetAsync("api/v1/units");
                Assert.True(timer.Elapsed < Fast, $"the API took {timer.Elapsed.TotalSeconds:0.0} s to fail");
                Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
                Assert.Equal(TimeSpan.FromSeconds(DatabaseOutageHandler.RetryAfterSeconds), down.Headers.RetryAfter?.Delta);
                Assert.Equal("application/problem+json", down.Content.Headers.ContentType?.MediaType);
                var problem = await down.Content.ReadAsStringAsync();
                Assert.Contains("Basis data tidak dapat dihubungi", problem, StringComparison.Ordinal);
                Assert.DoesNotContain("Npgsql", problem, StringComparison.Ordinal);
            }

            var pageTimer = Stopwatch.StartNew();
            using var page = await browser.GetAsync("");
            Assert.True(pageTimer.Elapsed < Fast, $"the page took {pageTimer.Elapsed.TotalSeconds:0.0} s to fail");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.NotNull(page.Headers.RetryAfter);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("Layanan sementara tidak tersedia", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);

            using var health = await node.NewClient().GetAsync("health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        }
        finally
        {
            await database.StartAsync();
        }

        // The first request after the restart already gets a fresh connection: no broken pooled one is handed out.
        using (var after = await api.GetAsync("api/v1/units"))
        {
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
            Assert.Contains("bkpsdm", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using var pageAfter = await browser.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, pageAfter.StatusCode);
        Assert.Contains("Dewi Lestari", await pageAfter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restart_while_the_node_is_busy_costs_one_failed_request_at_most()
    {
        var tenant = await TestTenant.CreateAsync(database);
        var unit = await tenant.UnitAsync("bappeda", OrgUnitType.Agency);
        var employee = await tenant.EmployeeAsync(unit, PositionLevel.Staff);
        await tenant.AccountAsync(employee, Role.TenantAdmin, password: Password);
        await using var node = new SikerjaNode(database);
        using var api = await ApiSession.SignInAsync(node, employee.Nip, Password);
        // Parallel requests leave many connections in the pool, each broken by the restart.
        var statuses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var r = await api.GetAsync("api/v1/units");
            return r.StatusCode;
        }));
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));

        await database.StopAsync();
        await database.StartAsync();

        var after = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var r = await api.GetAsync("api/v1/units");
            after.Add(r.StatusCode);
        }
        Assert.All(after.Skip(1), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Contains(after[0], new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable });
    }
}
