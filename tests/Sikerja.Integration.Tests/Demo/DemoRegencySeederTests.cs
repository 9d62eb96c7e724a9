using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Accounts;
using Sikerja.Data.Rosters;
using Sikerja.Data.Tenancy;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Demo;
using Sikerja.Web.Features.Rosters;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Demo;

public abstract class DemoRegencySeederTests(DatabaseFixture db) : DatabaseTest(db)
{
    private static string NewCode() => $"demo-{Guid.NewGuid():N}"[..16];

    private async Task<DemoRegency> SeedAsync(int employees, string? code = null, int seed = 1)
    {
        await using var scope = Db.NewScope();
        var result = await scope.Get<DemoRegencySeeder>().SeedAsync(new DemoOptions(employees, code ?? NewCode(), "Pemerintah Kabupaten Sukamaju (demo)", seed), CancellationToken.None);
        Assert.True(result.IsDone, string.Join("; ", result.Problems));
        return result.Value!;
    }

    private static async Task<(List<OrgUnit> Units, List<Employee> People)> ReadAsync(SikerjaDbContext db, Guid tenant) =>
        (await db.OrgUnits.IgnoreQueryFilters().AsNoTracking().Where(u => u.TenantId == tenant).ToListAsync(),
         await db.Employees.IgnoreQueryFilters().AsNoTracking().Where(e => e.TenantId == tenant).ToListAsync());

    [Fact]
    public async Task The_default_demo_is_a_realistic_regency_with_valid_people_heads_and_reporting_lines()
    {
        var demo = await SeedAsync(DemoOptions.DefaultEmployees);
        await using var scope = Db.NewScope();
        var (units, people) = await ReadAsync(scope.Db, demo.Tenant.Id);

        Assert.Equal(DemoOptions.DefaultEmployees, people.Count);
        var pns = people.Where(e => e.Employment == Employment.Pns).ToList();
        Assert.All(pns, e => Assert.True(Nip.TryParse(e.Nip, out var nip, out var error) && nip.BirthDate.Year is >= 1965 and <= 2000, $"{e.Nip}: {error}"));
        Assert.True(pns.Count > people.Count / 2);
        Assert.All(people.Where(e => e.Employment == Employment.NonAsn), e => Assert.Matches("^NA-[0-9]{6}$", e.Nip));
        Assert.All(people.Where(e => e.Employment == Employment.Pppk), e => Assert.Matches("^[0-9]{18}$", e.Nip));
        Assert.Equal(people.Count, people.Select(e => e.Nip).Distinct().Count());
        Assert.All(people, e => Assert.Empty(EmployeeRules.Validate(e.Nip, e.Name, e.Employment, e.Phone)));
        Assert.InRange(people.Count(e => e.PriorityHome), 120, 200);
        Assert.All(people.Where(e => e.PriorityHome), e => Assert.False(string.IsNullOrWhiteSpace(e.PriorityHomeReason)));

        var byId = people.ToDictionary(e => e.Id);
        Assert.All(units, u => Assert.True(u.HeadId is { } h && byId[h].UnitId == u.Id, $"{u.Code} has no head of its own"));
        var lines = ReportingLines.Compute(
            units.Select(u => new ReportingLines.UnitNode(u.Id, u.ParentId, u.HeadId)),
            people.Select(e => new ReportingLines.EmployeeNode(e.Id, e.UnitId, e.SupervisorOverride)));
        Assert.Empty(lines.Loops);
        Assert.All(people, e => Assert.Equal(lines.SupervisorOf(e.Id), e.SupervisorId));
        Assert.Single(people, e => e.SupervisorId is null && e.Title == "Sekda");

        var top = units.Where(u => u.ParentId is null).ToList();
        Assert.InRange(top.Count(u => u.Type == OrgUnitType.Agency), 20, 24);
        Assert.InRange(top.Count(u => u.Type == OrgUnitType.District), 9, 11);
        Assert.Single(top, u => u.Type == OrgUnitType.Hospital);
        var dinkes = units.Single(u => u.Code == "dinkes");
        Assert.InRange(units.Count(u => u.Type == OrgUnitType.HealthCenter && u.ParentId == dinkes.Id), 9, 11);
        Assert.Contains(units, u => u.Type == OrgUnitType.School && u.ParentId == units.Single(d => d.Code == "disdik").Id);
        Assert.Contains(units, u => u.Type == OrgUnitType.Village);
        Assert.Equal(3, people.Count(e => e.Title == "Asisten"));
        Assert.All(top, u => Assert.NotNull(u.Office));
        Assert.All(units.Where(u => u.Office is not null), u => Assert.Empty(OfficeLocation.Validate(u.OfficeLatitude, u.OfficeLongitude, u.OfficeRadiusMetres)));
    }

    [Fact]
    public async Task The_same_seed_and_size_give_the_same_regency()
    {
        var first = await SeedAsync(150, seed: 7);
        var second = await SeedAsync(150, seed: 7);
        var other = await SeedAsync(150, seed: 8);
        await using var scope = Db.NewScope();

        async Task<List<string>> Describe(Guid tenant)
        {
            var (units, people) = await ReadAsync(scope.Db, tenant);
            var code = units.ToDictionary(u => u.Id, u => u.Code);
            var nip = people.ToDictionary(e => e.Id, e => e.Nip);
            return
            [
                .. units.Select(u => $"{u.Code}|{u.Name}|{u.Type}|{(u.ParentId is { } p ? code[p] : "")}|{nip[u.HeadId!.Value]}|{u.Address}|{u.OfficeLatitude}|{u.OfficeLongitude}").Order(StringComparer.Ordinal),
                .. people.Select(e => $"{e.Nip}|{e.Name}|{e.Title}|{e.Level}|{e.Employment}|{code[e.UnitId]}|{(e.SupervisorId is { } s ? nip[s] : "")}|{e.Phone}|{e.PriorityHomeReason}").Order(StringComparer.Ordinal),
            ];
        }

        Assert.Equal(await Describe(first.Tenant.Id), await Describe(second.Tenant.Id));
        Assert.NotEqual(await Describe(first.Tenant.Id), await Describe(other.Tenant.Id));
    }

    [Fact]
    public async Task Every_demo_account_signs_in_with_the_demo_password_and_has_its_role()
    {
        var demo = await SeedAsync(300);
        await using var scope = Db.NewScope();
        var listing = await DemoLogins.ReadAsync(scope.Db, demo.Tenant.Code, CancellationToken.None);
        Assert.NotNull(listing);
        Assert.Equal(
            ["System admin", "Tenant admin", "Agency admin (Dinas Kesehatan)", "Leadership", "Supervisor", "Employee", "Health officer"],
            listing.Logins.Select(l => l.Role));
        var users = scope.Get<UserManager<AppUser>>();
        var loaded = new Dictionary<string, (AppUser User, CurrentUser Me, bool Supervises)>();
        foreach (var login in listing.Logins)
        {
            var user = await users.FindByNameAsync(login.UserName);
            Assert.NotNull(user);
            Assert.False(user.MustChangePassword);
            Assert.True(await users.CheckPasswordAsync(user, DemoOptions.Password), login.UserName);
            await using var session = await AsAsync(user.Id);
            loaded[login.Role] = (user, session.Get<CurrentUser>(), await session.Get<OrganisationAccess>().IsSupervisorAsync(CancellationToken.None));
        }
        Assert.True(loaded["System admin"].Me.IsSystemAdmin);
        Assert.True(loaded["Tenant admin"].Me.IsTenantAdmin);
        Assert.True(loaded["Leadership"].Me.IsLeadership);
        Assert.True(loaded["Health officer"].Me.IsHealthOfficer);
        var dinkes = await scope.Db.OrgUnits.IgnoreQueryFilters().SingleAsync(u => u.TenantId == demo.Tenant.Id && u.Code == "dinkes");
        Assert.Equal([dinkes.Id], loaded["Agency admin (Dinas Kesehatan)"].Me.AdminOfAgencies);
        Assert.True(loaded["Supervisor"].Supervises);
        var employee = await scope.Db.Employees.IgnoreQueryFilters().SingleAsync(e => e.Id == loaded["Employee"].Me.EmployeeId);
        Assert.Equal(loaded["Supervisor"].Me.EmployeeId, employee.SupervisorId);
        Assert.All(loaded.Values.Where(v => v.User.TenantId is not null), v => Assert.True(Nip.IsValid(v.User.UserName) && v.Me.TenantId == demo.Tenant.Id));

        using var banner = new StringWriter();
        DemoBanner.Write(banner, ["http://localhost:5000"], listing);
        var text = banner.ToString();
        Assert.Contains("http://localhost:5000", text, StringComparison.Ordinal);
        Assert.All(listing.Logins, l => Assert.Contains($"{l.UserName}  ", text, StringComparison.Ordinal));
        Assert.Equal(listing.Logins.Count + 1, text.Split('\n').Count(line => line.Contains(DemoOptions.Password, StringComparison.Ordinal) || line.Contains("password", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_smallest_demo_still_has_a_head_for_every_unit_and_the_requested_count()
    {
        var demo = await SeedAsync(DemoOptions.MinEmployees);
        await using var scope = Db.NewScope();
        var (units, people) = await ReadAsync(scope.Db, demo.Tenant.Id);
        Assert.Equal(DemoOptions.MinEmployees, people.Count);
        Assert.All(units, u => Assert.NotNull(u.HeadId));
        Assert.Contains(units, u => u.Code == "bkpsdm");
    }

    [Fact]
    public async Task An_existing_code_or_an_impossible_size_is_refused_and_nothing_is_written()
    {
        var demo = await SeedAsync(60);
        await using var scope = Db.NewScope();
        var seeder = scope.Get<DemoRegencySeeder>();
        var taken = await seeder.SeedAsync(new DemoOptions(60, demo.Tenant.Code), CancellationToken.None);
        Assert.Equal(CommandStatus.Refused, taken.Status);
        Assert.Contains($"'{demo.Tenant.Code}' sudah dipakai", Assert.Single(taken.Problems).Message, StringComparison.Ordinal);
        var code = NewCode();
        var tooSmall = await seeder.SeedAsync(new DemoOptions(5, code), CancellationToken.None);
        Assert.Equal("employees", Assert.Single(tooSmall.Problems).Where);
        Assert.False(await scope.Db.Tenants.AnyAsync(t => t.Code == code));
    }

    [Fact]
    public async Task The_demo_has_a_circular_in_force_and_a_published_roster_around_today_that_keeps_every_rule()
    {
        // A seed of its own: demo accounts are named by NIP, unique in the installation.
        var demo = await SeedAsync(260, seed: 11);
        await using var scope = Db.NewScope();
        var today = new TenantClock(TimeProvider.System, demo.Tenant.TimeZoneId).Today;

        var policy = await scope.Db.Policies.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.TenantId == demo.Tenant.Id);
        Assert.Equal(PolicyStatus.Published, policy.Status);
        Assert.True(policy.IsInForceOn(today));
        var plan = await scope.Db.RosterPlans.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.TenantId == demo.Tenant.Id);
        Assert.Equal(RosterStatus.Published, plan.Status);
        Assert.Equal(policy.Id, plan.PolicyId);
        Assert.InRange(today, plan.From, plan.To);
        Assert.Equal(260, plan.EmployeeCount);
        var entries = await scope.Db.RosterEntries.IgnoreQueryFilters().AsNoTracking().Where(e => e.PlanId == plan.Id).ToListAsync();
        Assert.Contains(entries, e => e.Mode == WorkMode.Office);
        Assert.Contains(entries, e => e.Mode == WorkMode.Home);

        scope.Get<TenantScope>().Enter(demo.Tenant.Id);
        var stored = await scope.Get<ScenarioBuilder>().BuildAsync(demo.Tenant.Id, (Guid?)null, plan.PolicySnapshot, plan.From, plan.To, CancellationToken.None);
        var roster = RosterSolver.Solve(stored.Scenario);
        Assert.Empty(RosterChecker.Check(stored.Scenario, roster));
        Assert.Equal(roster.Assignments.Count, entries.Count);
    }

    public sealed class OnSqlite(SqliteFixture db) : DemoRegencySeederTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : DemoRegencySeederTests(db), IClassFixture<PostgresFixture>;
}
