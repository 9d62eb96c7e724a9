using Microsoft.EntityFrameworkCore;
using Sikerja.Data.Rosters;
using Sikerja.Domain.Access;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Rosters;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Schedule;

/// <summary>
/// A small regency with a published roster from today on: a Dinas (its office address on the Dinas, its head always at
/// the office) with two Seksi of three staff each, every one needing one staff member at the office in each of two
/// shifts. The tenant works every day of the week, so that today is a working day whenever the test runs.
/// </summary>
public sealed class PublishedRosterWorld
{
    public const string Address = "Jl. Merdeka 1, Sukamaju";
    public const string Password = "jadwal-uji-2026";
    public static readonly Shift Morning = new("PAGI", new TimeOnly(7, 30), new TimeOnly(11, 30));
    public static readonly Shift Afternoon = new("SIANG", new TimeOnly(12, 0), new TimeOnly(16, 0));

    public required TestTenant Tenant { get; init; }
    public required OrgUnit Dinas { get; init; }
    public required OrgUnit SeksiA { get; init; }
    public required OrgUnit SeksiB { get; init; }
    public required Employee Head { get; init; }
    public required IReadOnlyList<Employee> StaffA { get; init; }
    public required IReadOnlyList<Employee> StaffB { get; init; }
    public required Guid AdminAccount { get; init; }
    public required string AdminUser { get; init; }
    public required DateOnly Today { get; init; }
    public required RosterPlan Plan { get; init; }

    public IEnumerable<Employee> Everyone => [Head, .. StaffA, .. StaffB];

    public static PolicyRules Rules(DateOnly from) => new(
        "800/123/2026", "Sistem kerja pegawai selama masa tanggap darurat", from.AddDays(-7), from.AddDays(60),
        [Employment.Pns, Employment.Pppk], [], [], [Morning, Afternoon],
        [new Selector(HeadOfUnitTypes: [OrgUnitType.Agency])],
        [new MinimumRule(OrgUnitType.Section, new Selector(Levels: [PositionLevel.Staff]), 1)],
        null, Staffing.Minimum);

    /// <param name="days">The roster's length from today; <paramref name="arrange"/> runs before it is planned.</param>
    public static async Task<PublishedRosterWorld> CreateAsync(DatabaseFixture db, int days = 7, Func<TestTenant, IReadOnlyList<Employee>, Task>? arrange = null)
    {
        var t = await TestTenant.CreateAsync(db);
        await using (var scope = db.NewScope().InTenant(t.Id))
        {
            var tenant = await scope.Db.Tenants.SingleAsync(x => x.Id == t.Id);
            tenant.WorkWeek = WorkWeek.MondayToSaturday | WorkWeek.Sunday;
            await scope.Db.SaveChangesAsync();
        }
        var dinas = await t.UnitAsync($"{t.Code}.dinkes", OrgUnitType.Agency);
        await using (var scope = db.NewScope().InTenant(t.Id))
        {
            (await scope.Db.OrgUnits.SingleAsync(u => u.Id == dinas.Id)).Address = Address;
            await scope.Db.SaveChangesAsync();
        }
        var seksiA = await t.UnitAsync($"{t.Code}.dinkes.a", OrgUnitType.Section, dinas);
        var seksiB = await t.UnitAsync($"{t.Code}.dinkes.b", OrgUnitType.Section, dinas);
        var head = await t.EmployeeAsync(dinas, PositionLevel.Jpt, head: true, name: "Kepala Dinas");
        var staffA = new List<Employee>();
        var staffB = new List<Employee>();
        for (var i = 1; i <= 3; i++)
        {
            staffA.Add(await t.EmployeeAsync(seksiA, PositionLevel.Staff, name: $"Staf A{i}"));
            staffB.Add(await t.EmployeeAsync(seksiB, PositionLevel.Staff, name: $"Staf B{i}"));
        }
        var admin = await t.EmployeeAsync(dinas, PositionLevel.Staff, name: "Admin Kepegawaian", employment: Employment.NonAsn);
        var adminAccount = await t.AccountAsync(admin, Role.TenantAdmin, password: Password);
        foreach (var e in staffA.Concat(staffB).Append(head))
        {
            await t.AccountAsync(e, password: Password);
        }
        if (arrange is not null)
        {
            await arrange(t, [head, .. staffA, .. staffB]);
        }

        var (today, plan) = await PublishTenantAsync(db, t.Id, adminAccount, days);
        return new PublishedRosterWorld
        {
            Tenant = t, Dinas = dinas, SeksiA = seksiA, SeksiB = seksiB, Head = head, StaffA = staffA, StaffB = staffB,
            AdminAccount = adminAccount, AdminUser = admin.Nip, Today = today, Plan = plan,
        };
    }

    /// <summary>
    /// Publishes the circular of <see cref="Rules"/> (in force from a week ago) in a tenant, and a roster of the whole
    /// tenant under it from today for <paramref name="days"/> days, as the tenant's admin would.
    /// </summary>
    public static async Task<(DateOnly Today, RosterPlan Plan)> PublishTenantAsync(DatabaseFixture db, Guid tenantId, Guid adminAccount, int days)
    {
        DateOnly today;
        await using (var scope = await db.NewScope().AsAsync(adminAccount))
        {
            today = scope.Get<TenantTime>().Clock.Today;
            var policy = new Policy { TenantId = tenantId, Status = PolicyStatus.Published, CreatedAt = DateTime.UtcNow, PublishedAt = DateTime.UtcNow };
            policy.SeriesId = policy.Id;
            policy.SetRules(Rules(today));
            scope.Db.Policies.Add(policy);
            await scope.Db.SaveChangesAsync();
        }
        return (today, await PublishAsync(db, adminAccount, today, today.AddDays(days - 1)));
    }

    /// <summary>Plans the whole tenant for the period, as its admin would, and publishes it unless told not to.</summary>
    public static async Task<RosterPlan> PublishAsync(DatabaseFixture db, Guid adminAccount, DateOnly from, DateOnly to, bool publish = true)
    {
        Guid planId;
        await using (var scope = await db.NewScope().AsAsync(adminAccount))
        {
            var generated = await scope.Get<RosterGenerator>().GenerateAsync(new GenerateRequest(null, from, to), CancellationToken.None);
            Assert.True(generated.IsDone, string.Join("; ", generated.Problems));
            planId = generated.Value!.Id;
        }
        await using (var scope = await db.NewScope().AsAsync(adminAccount))
        {
            if (publish)
            {
                var published = await scope.Get<RosterPlanService>().PublishAsync(planId, CancellationToken.None);
                Assert.True(published.IsDone, string.Join("; ", published.Problems));
            }
            return await scope.Db.RosterPlans.AsNoTracking().SingleAsync(p => p.Id == planId);
        }
    }

    /// <summary>Records that <paramref name="employee"/> is sick on the given days, as an admin would.</summary>
    public async Task SickAsync(DatabaseFixture db, Employee employee, DateOnly from, DateOnly to)
    {
        await using var scope = await db.NewScope().AsAsync(AdminAccount);
        var recorded = await scope.Get<UnavailabilityService>()
            .RecordAsync(employee.Id, new UnavailabilityInput(from, to, UnavailabilityCause.Sick, "demam"), CancellationToken.None);
        Assert.True(recorded.IsDone, string.Join("; ", recorded.Problems));
    }

    /// <summary>Every stored entry of the roster, by employee and date.</summary>
    public async Task<Dictionary<(Guid Employee, DateOnly Date), RosterEntry>> EntriesAsync(DatabaseFixture db)
    {
        await using var scope = db.NewScope().InTenant(Tenant.Id);
        return await scope.Db.RosterEntries.AsNoTracking().Where(e => e.PlanId == Plan.Id).ToDictionaryAsync(e => (e.EmployeeId, e.Date));
    }
}
