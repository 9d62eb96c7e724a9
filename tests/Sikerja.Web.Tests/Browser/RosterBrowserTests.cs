using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.People;
using Sikerja.Domain.Rosters;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Tests.Browser.Pages;

namespace Sikerja.Web.Tests.Browser;

/// <summary>
/// A tenant admin plans a source circular's roster in Chromium on a phone: generate, read the grid as the
/// scenario says, try an edit that breaks a rule and see it refused with the rule in words, publish. Each test
/// ends with the scenario tenant's roster published: the place where an employee of the scenario signs in next and
/// finds it on "my schedule" (the schedule pages' part).
/// </summary>
public sealed class RosterBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    private const string Password = "piket-2020-aman";

    [Fact]
    public async Task Kebumen_minimum_staffing_is_planned_a_needed_official_cannot_be_sent_home_and_the_roster_is_published()
    {
        var scenario = TestScenarios.Read("kebumen-2020.json");
        var (t, page) = await SignedInAdminAsync("kebumen-2020.json");
        var roster = new RosterPage(page);

        await roster.GenerateAsync(scenario.Period.From, scenario.Period.To);

        var bappeda = await t.UnitByCodeAsync("bappeda");
        await roster.ShowUnitAsync(bappeda.Id);
        Assert.Equal(["Nama", "Kam\n26/3", "Jum\n27/3", "Sen\n30/3", "Sel\n31/3"], await roster.DaysAsync());
        var head = scenario.Employees.Single(e => e.HeadOf == "bappeda");
        Assert.Equal(("WFO", "Wajib selalu di kantor"), await roster.ReadAsync(head.Name, 0));
        // The circular ends on the 28th: on the 30th everyone works at the office.
        var staff = scenario.Employees.First(e => e.Unit == "bappeda" && e.Level == PositionLevel.Staff);
        Assert.Equal(("WFO", "Di luar masa berlaku surat edaran"), await roster.ReadAsync(staff.Name, 2));

        var needed = await NeededAsync(t, scenario, "bappeda", PositionLevel.Supervisor);
        await roster.ShowUnitAsync(needed.UnitId);
        Assert.Equal(("WFO", "Piket minimum"), await roster.ReadAsync(needed.Name, 0));
        await roster.EditAsync(needed.Name, 0, "Di rumah (WFH)");
        var refusal = Assert.Single(await roster.RefusalsAsync());
        Assert.StartsWith(bappeda.Name, refusal, StringComparison.Ordinal);
        Assert.Contains("aturan minimum 2 (1 Pengawas per Dinas/Badan) tidak terpenuhi lagi, tinggal 0 dari 1 orang", refusal, StringComparison.Ordinal);
        Assert.True(await roster.OffersOverrideAsync());
        await roster.BackToGridAsync();
        Assert.Equal(("WFO", "Piket minimum"), await roster.ReadAsync(needed.Name, 0));

        await roster.PublishAsync();
        Assert.Equal("Terbit", await roster.StatusAsync());
        await AssertPublishedAsync(t);
    }

    [Fact]
    public async Task Kukar_capacity_in_two_shifts_is_planned_a_shift_cannot_go_over_its_cap_and_the_roster_is_published()
    {
        var scenario = TestScenarios.Read("kukar-2021.json");
        var (t, page) = await SignedInAdminAsync("kukar-2021.json");
        var roster = new RosterPage(page);

        await roster.GenerateAsync(scenario.Period.From, scenario.Period.To);

        var section = await t.UnitByCodeAsync("bappeda.sekretariat.umum");
        await roster.ShowUnitAsync(section.Id);
        Assert.Equal(1 + 8, (await roster.DaysAsync()).Count);
        var kasubbag = scenario.Employees.Single(e => e.HeadOf == "bappeda.sekretariat.umum");
        Assert.Equal(("WFO", "Wajib selalu di kantor"), await roster.ReadAsync(kasubbag.Name, 0));
        Assert.Equal(("WFH", "Prioritas bekerja di rumah"), await roster.ReadAsync(scenario.Employees.First(e => e.Unit == section.Code && e.PriorityHome).Name, 0));
        var cells = await CellsAsync(t, "bappeda", scenario.Period.From);
        var inShift = cells.First(c => c.Mode == WorkMode.Office && c.Reason == AssignmentReason.Capacity);
        await roster.ShowUnitAsync(inShift.UnitId);
        Assert.Matches("^WFO (PAGI|SIANG)$", (await roster.ReadAsync(inShift.Name, 0)).Text);

        var atHome = cells.First(c => c.Mode == WorkMode.Home && c.Reason == AssignmentReason.Home);
        await roster.ShowUnitAsync(atHome.UnitId);
        await roster.EditAsync(atHome.Name, 0, "Di kantor, shift PAGI (07:30–11:30)");
        var refusal = Assert.Single(await roster.RefusalsAsync());
        Assert.Contains("shift PAGI", refusal, StringComparison.Ordinal);
        Assert.Contains("melebihi batas", refusal, StringComparison.Ordinal);
        await roster.BackToGridAsync();
        Assert.Equal("WFH", (await roster.ReadAsync(atHome.Name, 0)).Text);

        await roster.PublishAsync();
        Assert.Equal("Terbit", await roster.StatusAsync());
        await AssertPublishedAsync(t);
    }

    private async Task<(TestTenant Tenant, Microsoft.Playwright.IPage Page)> SignedInAdminAsync(string file)
    {
        var t = await TestScenarios.ImportAsync(web.Database, file);
        var userName = $"admin-{t.Code}";
        await t.AccountAsync(null, Role.TenantAdmin, password: Password, userName: userName);
        var page = await web.NewPhonePageAsync();
        await new SignInPage(page).SignInAsync(userName, Password);
        return (t, page);
    }

    private sealed record CellRow(string Name, Guid UnitId, WorkMode Mode, AssignmentReason Reason);

    /// <summary>The cells of an agency's people on a day.</summary>
    private async Task<List<CellRow>> CellsAsync(TestTenant t, string agency, DateOnly date)
    {
        await using var scope = web.Database.NewScope().InTenant(t.Id);
        return await (
            from e in scope.Db.RosterEntries
            join p in scope.Db.Employees on e.EmployeeId equals p.Id
            join u in scope.Db.OrgUnits on e.UnitId equals u.Id
            where e.Date == date && (u.Code == agency || u.Code.StartsWith(agency + "."))
            orderby p.Name
            select new CellRow(p.Name, e.UnitId, e.Mode, e.Reason)).ToListAsync();
    }

    /// <summary>An official of the level in the agency that a minimum rule needs at the office on the first day.</summary>
    private async Task<CellRow> NeededAsync(TestTenant t, Scenario scenario, string agency, PositionLevel level)
    {
        await using var scope = web.Database.NewScope().InTenant(t.Id);
        var date = scenario.Period.From;
        return await (
            from e in scope.Db.RosterEntries
            join p in scope.Db.Employees on e.EmployeeId equals p.Id
            join u in scope.Db.OrgUnits on e.UnitId equals u.Id
            where e.Date == date && e.Reason == AssignmentReason.Minimum && p.Level == level && (u.Code == agency || u.Code.StartsWith(agency + "."))
            orderby p.Name
            select new CellRow(p.Name, e.UnitId, e.Mode, e.Reason)).FirstAsync();
    }

    private async Task AssertPublishedAsync(TestTenant t)
    {
        await using var scope = web.Database.NewScope().InTenant(t.Id);
        Assert.Equal(Data.Rosters.RosterStatus.Published, (await scope.Db.RosterPlans.SingleAsync()).Status);
    }
}
