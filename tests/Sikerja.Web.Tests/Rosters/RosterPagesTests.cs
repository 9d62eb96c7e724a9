using System.Net;
using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Rosters.Json;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Rosters;

/// <summary>
/// The roster pages over HTTP with the Kebumen scenario: an override kept through the form and visible in the
/// exported documents, unavailability recorded from a person's page, a simulation in words; employees turned away.
/// </summary>
public sealed class RosterPagesTests(SqliteWebFixture web) : IClassFixture<SqliteWebFixture>
{
    private const string Password = "jadwal-uji-2026";

    private sealed record World(TestTenant Tenant, Scenario Scenario, HttpClient Admin, HttpClient Employee, Guid EmployeeId);

    private async Task<World> ArrangeAsync()
    {
        var t = await TestScenarios.ImportAsync(web.Database, "kebumen-2020.json");
        var scenario = TestScenarios.Read("kebumen-2020.json");
        await t.AccountAsync(null, Role.TenantAdmin, password: Password, userName: $"admin-{t.Code}");
        var staff = await t.EmployeeByNipAsync(scenario.Employees.First(e => e.Unit == "bappeda.sekretariat.umum").Id);
        await t.AccountAsync(staff, password: Password, userName: $"staf-{t.Code}");
        return new World(t, scenario, await SignedInAsync($"admin-{t.Code}"), await SignedInAsync($"staf-{t.Code}"), staff.Id);
    }

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = web.Node.NewClient();
        using var signIn = await PageForms.SignInAsync(client, userName, Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    private static async Task<string> GenerateAsync(World w)
    {
        using var generated = await PageForms.SubmitAsync(w.Admin, "Rosters", new Dictionary<string, string>
        {
            ["AgencyId"] = "", ["From"] = $"{w.Scenario.Period.From:yyyy-MM-dd}", ["To"] = $"{w.Scenario.Period.To:yyyy-MM-dd}",
        });
        Assert.Equal(HttpStatusCode.Redirect, generated.StatusCode);
        return generated.Headers.Location!.ToString().TrimStart('/');
    }

    [Fact]
    public async Task An_override_with_a_reason_is_kept_marked_in_the_grid_and_the_exported_roster_still_reads()
    {
        var w = await ArrangeAsync();
        var plan = await GenerateAsync(w);
        var planId = Guid.Parse(plan.Split('/').Last());
        var entry = await NeededAsync(w, planId);
        var cell = $"Rosters/Cell/{planId}/{entry.EmployeeId}/{entry.Date:yyyy-MM-dd}";

        using var refused = await PageForms.SubmitAsync(w.Admin, cell, new Dictionary<string, string> { ["Choice"] = "Home" });
        var refusedHtml = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        using var kept = await PageForms.SubmitAsync(w.Admin, cell, new Dictionary<string, string>
        {
            ["Choice"] = "Home", ["Override"] = "true", ["OverrideReason"] = "dinas luar ke provinsi",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("tidak terpenuhi lagi", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("Tetap simpan walaupun melanggar aturan di atas", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        var grid = WebUtility.HtmlDecode(await w.Admin.GetStringAsync(kept.Headers.Location!.ToString().TrimStart('/')));
        Assert.Contains("aturan dikesampingkan: dinas luar ke provinsi", grid, StringComparison.Ordinal);
        Assert.Contains("WFH!", grid, StringComparison.Ordinal);

        var scenario = ScenarioJson.Read(await w.Admin.GetStreamAsync($"{plan}?handler=Scenario")).Value!;
        var roster = RosterJson.Read(await w.Admin.GetStreamAsync($"{plan}?handler=Roster"), scenario);
        Assert.True(roster.IsValid, string.Join("; ", roster.Problems));
        // The override stays visible to `roster check`: the shortfall it made is listed, and the rule it breaks reported.
        Assert.Contains(roster.Value!.Shortfalls, s => s.Unit == "bappeda" && s.Date == entry.Date);
        Assert.NotEmpty(RosterChecker.Check(scenario, roster.Value));
    }

    [Fact]
    public async Task Unavailability_is_recorded_from_the_persons_page_and_employees_reach_no_roster_page()
    {
        var w = await ArrangeAsync();
        var plan = await GenerateAsync(w);

        var person = WebUtility.HtmlDecode(await w.Admin.GetStringAsync($"People/Detail/{w.EmployeeId}"));
        using var recorded = await PageForms.SubmitAsync(w.Admin, $"Rosters/Unavailability/{w.EmployeeId}", new Dictionary<string, string>
        {
            ["From"] = "2020-04-01", ["To"] = "2020-04-14", ["Cause"] = "Quarantine", ["Note"] = "kontak erat",
        });
        var list = WebUtility.HtmlDecode(await w.Employee.GetStringAsync($"Rosters/Unavailability/{w.EmployeeId}"));

        Assert.Contains($"/Rosters/Unavailability/{w.EmployeeId}", person, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Contains("Karantina", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Catat berhalangan", list, StringComparison.Ordinal);
        foreach (var page in new[] { "Rosters", plan, $"Rosters/Simulation?policy={Guid.NewGuid()}" })
        {
            using var response = await w.Employee.GetAsync(page);
            Assert.True(response.StatusCode is HttpStatusCode.NotFound || response.Headers.Location?.ToString().Contains("/Accounts/Denied", StringComparison.Ordinal) == true,
                $"{page}: {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    [Fact]
    public async Task The_simulation_of_the_circular_lists_each_agency_and_its_shortfalls_in_words()
    {
        var w = await ArrangeAsync();
        await using var scope = web.Database.NewScope().InTenant(w.Tenant.Id);
        var policy = await scope.Db.Policies.SingleAsync();

        var detail = WebUtility.HtmlDecode(await w.Admin.GetStringAsync($"Policies/Detail/{policy.Id}"));
        var html = WebUtility.HtmlDecode(await w.Admin.GetStringAsync($"Rosters/Simulation?policy={policy.Id}"));

        Assert.Contains($"/Rosters/Simulation?policy={policy.Id}", detail, StringComparison.Ordinal);
        Assert.Contains("Badan Perencanaan", html, StringComparison.Ordinal);
        var solved = RosterSolver.Solve(w.Scenario with { Period = new ScenarioPeriod(w.Scenario.Policy.EffectiveFrom, w.Scenario.Policy.EffectiveUntil!.Value) });
        Assert.Contains($"{solved.Shortfalls.Count} kekurangan piket minimum dan {solved.Violations.Count} kelebihan batas kapasitas", html, StringComparison.Ordinal);
        Assert.Equal(solved.Shortfalls.Count, html.Split("perlu ").Length - 1);
    }

    private sealed record Needed(Guid EmployeeId, DateOnly Date, string Name);

    /// <summary>A Bappeda official on the first day whom a minimum rule needs at the office.</summary>
    private async Task<Needed> NeededAsync(World w, Guid planId)
    {
        await using var scope = web.Database.NewScope().InTenant(w.Tenant.Id);
        var date = w.Scenario.Period.From;
        return await (
            from e in scope.Db.RosterEntries
            join p in scope.Db.Employees on e.EmployeeId equals p.Id
            join u in scope.Db.OrgUnits on e.UnitId equals u.Id
            where e.PlanId == planId && e.Date == date && e.Reason == AssignmentReason.Minimum && u.Code.StartsWith("bappeda")
            orderby p.Name
            select new Needed(e.EmployeeId, e.Date, p.Name)).FirstAsync();
    }
}
