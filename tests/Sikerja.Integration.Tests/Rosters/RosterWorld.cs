using Microsoft.EntityFrameworkCore;
using Sikerja.Data.Rosters;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Rosters.Json;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Rosters;

namespace Sikerja.Integration.Tests.Rosters;

/// <summary>The Kebumen scenario loaded into a tenant, with its tenant admin, the Dinas Kesehatan's admin and a plain employee.</summary>
public sealed record RosterWorld(TestTenant Tenant, Scenario Scenario, Guid TenantAdmin, Guid DinkesAdmin, Guid Employee, OrgUnit Dinkes, OrgUnit Bappeda)
{
    public const string Kebumen = "kebumen-2020.json";

    public DateOnly From => Scenario.Period.From;
    public DateOnly To => Scenario.Period.To;

    public static async Task<RosterWorld> KebumenAsync(DatabaseFixture db)
    {
        var t = await TestScenarios.ImportAsync(db, Kebumen);
        var scenario = TestScenarios.Read(Kebumen);
        var dinkes = await t.UnitByCodeAsync("dinkes");
        var bappeda = await t.UnitByCodeAsync("bappeda");
        var clerk = await t.EmployeeByNipAsync(scenario.Employees.First(e => e.Unit == "dinkes.sekretariat.umum").Id);
        var staff = await t.EmployeeByNipAsync(scenario.Employees.First(e => e.Unit == "bappeda.sekretariat.umum").Id);
        return new RosterWorld(
            t, scenario,
            await t.AccountAsync(null, Role.TenantAdmin),
            await t.AccountAsync(clerk, Role.AgencyAdmin, dinkes, userName: $"{clerk.Nip}-{t.Code}"),
            await t.AccountAsync(staff, userName: $"{staff.Nip}-{t.Code}"),
            dinkes, bappeda);
    }

    public async Task<RosterPlan> GenerateAsync(DatabaseFixture db, Guid user, Guid? agency = null)
    {
        await using var scope = await db.NewScope().AsAsync(user);
        var result = await scope.Get<RosterGenerator>().GenerateAsync(new GenerateRequest(agency, From, To), CancellationToken.None);
        Assert.True(result.IsDone, $"{result.Status}: {string.Join("; ", result.Problems)}");
        return result.Value!;
    }

    /// <summary>The scenario's employee of each stored employee id.</summary>
    public async Task<Dictionary<Guid, ScenarioEmployee>> EmployeesAsync(DatabaseFixture db)
    {
        await using var scope = db.NewScope().InTenant(Tenant.Id);
        var ids = await scope.Db.Employees.AsNoTracking().ToDictionaryAsync(e => e.Nip, e => e.Id);
        return Scenario.Employees.ToDictionary(e => ids[e.Id]);
    }

    /// <summary>A cell of the first day that a minimum rule needs: an official of the level in the agency, at the office.</summary>
    public async Task<RosterEntry> NeededAsync(DatabaseFixture db, RosterPlan plan, string agency, PositionLevel level)
    {
        var employees = await EmployeesAsync(db);
        return (await EntriesAsync(db, plan)).First(e => e.Date == From && e.Reason == AssignmentReason.Minimum
            && employees[e.EmployeeId] is var s && s.Level == level && (s.Unit == agency || s.Unit.StartsWith(agency + ".", StringComparison.Ordinal)));
    }

    public static async Task<List<RosterEntry>> EntriesAsync(DatabaseFixture db, RosterPlan plan)
    {
        await using var scope = db.NewScope().InTenant(plan.TenantId);
        return await scope.Db.RosterEntries.AsNoTracking().Where(e => e.PlanId == plan.Id).ToListAsync();
    }

    /// <summary>The stored roster exported as `sikerja roster check` reads it, and what the checker finds in it.</summary>
    public static async Task<(Scenario Scenario, Roster Roster, List<Domain.Problem> Problems)> CheckedExportAsync(DatabaseFixture db, Guid user, Guid planId)
    {
        await using var scope = await db.NewScope().AsAsync(user);
        var exports = scope.Get<RosterExports>();
        var scenarioFile = await exports.PlanScenarioAsync(planId, CancellationToken.None);
        var rosterFile = await exports.RosterAsync(planId, CancellationToken.None);
        var scenario = ScenarioJson.Read(new MemoryStream(scenarioFile.Value!.Content));
        Assert.True(scenario.IsValid, string.Join("; ", scenario.Problems));
        var roster = RosterJson.Read(new MemoryStream(rosterFile.Value!.Content), scenario.Value!);
        Assert.True(roster.IsValid, string.Join("; ", roster.Problems));
        return (scenario.Value!, roster.Value!, RosterChecker.Check(scenario.Value!, roster.Value!));
    }
}
