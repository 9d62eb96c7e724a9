using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Audit;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Tenants;
using Sikerja.Web.Features.Shared;
using Sikerja.Web.Features.Tenants;

namespace Sikerja.Web.Features.Demo;

/// <summary>What was seeded.</summary>
public sealed record DemoRegency(Tenant Tenant, int Units, int Employees, TimeSpan Took);

/// <summary>
/// Seeds a realistic demo regency into a new tenant: units with heads, offices and addresses, employees with
/// valid NIPs and reporting lines, the shipped holidays, one account per role, and a circular in force with its
/// published duty roster (<see cref="DemoWorkArrangement"/>). The same seed and size
/// always give the same regency. It is written in one transaction, in batches with change detection off, so
/// that 2,000 employees take a second or two and 100,000 stay practical.
/// </summary>
public sealed class DemoRegencySeeder(
    SikerjaDbContext db, TenantSetup tenants, DemoAccounts accounts, DemoWorkArrangement workArrangement, AuditActor actor, TimeProvider time)
{
    /// <summary>The actor the audit trail names for everything the seeder writes; the demo logins are found by it.</summary>
    public const string ActorName = "Sikerja demo";

    private const int BatchSize = 2000;

    public async Task<CommandResult<DemoRegency>> SeedAsync(DemoOptions options, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        var problems = options.Validate().ToList();
        if (problems.Count > 0)
        {
            return CommandResult<DemoRegency>.Refused(problems);
        }
        if (await db.Tenants.AnyAsync(t => t.Code == options.Code, ct))
        {
            return CommandResult<DemoRegency>.Refused("code", $"kode Pemda '{options.Code}' sudah dipakai; pilih kode lain untuk demo ini");
        }
        actor.Set(null, ActorName);
        var rng = new Random(options.Seed);
        var plan = RegencyPlanner.Build(rng, options.Employees, options.Regency);
        var people = DemoPeople.Make(rng, plan.Posts);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await tenants.CreateAsync(
            new TenantInput(options.Code, options.Name.Trim(), TenantKind.Regency, IndonesianTimeZones.Wib, WorkWeek.MondayToFriday), ct);
        if (created.Value is not { } tenant)
        {
            return CommandResult<DemoRegency>.Refused(created.Problems);
        }
        db.ChangeTracker.Clear();
        var units = Units(plan, tenant.Id);
        var heads = Place(plan, people, tenant.Id);
        await WriteAsync(plan, units, people, heads, ct);
        await accounts.CreateAsync(tenant.Id, plan, people, ct);
        await transaction.CommitAsync(ct);
        await workArrangement.SeedAsync(tenant, ct);
        return CommandResult<DemoRegency>.Done(new DemoRegency(tenant, units.Count, people.Count, time.GetElapsedTime(started)));
    }

    private static List<OrgUnit> Units(RegencyPlan plan, Guid tenantId) =>
        plan.Units.Select(u => new OrgUnit
        {
            Id = u.Id,
            TenantId = tenantId,
            Code = u.Code,
            Name = u.Name,
            Type = u.Type,
            ParentId = u.Parent?.Id,
            Path = u.Path,
            Address = u.Address,
            OfficeLatitude = u.Office?.Latitude,
            OfficeLongitude = u.Office?.Longitude,
            OfficeRadiusMetres = u.Office?.RadiusMetres,
        }).ToList();

    /// <summary>
    /// Puts each person in the post's unit and sets the reporting lines the unit tree and the Asisten give;
    /// returns the head of each unit.
    /// </summary>
    private static Dictionary<Guid, Guid> Place(RegencyPlan plan, List<Employee> people, Guid tenantId)
    {
        var byPost = new Dictionary<Post, Employee>();
        for (var i = 0; i < people.Count; i++)
        {
            people[i].TenantId = tenantId;
            people[i].UnitId = plan.Posts[i].Unit.Id;
            byPost[plan.Posts[i]] = people[i];
        }
        for (var i = 0; i < people.Count; i++)
        {
            people[i].SupervisorOverride = plan.Posts[i].ReportsTo is { } superior ? byPost[superior].Id : null;
        }
        var heads = plan.Units.Where(u => u.Head is not null).ToDictionary(u => u.Id, u => byPost[u.Head!].Id);
        var lines = ReportingLines.Compute(
            plan.Units.Select(u => new ReportingLines.UnitNode(u.Id, u.Parent?.Id, heads.TryGetValue(u.Id, out var head) ? head : null)),
            people.Select(e => new ReportingLines.EmployeeNode(e.Id, e.UnitId, e.SupervisorOverride)));
        foreach (var e in people)
        {
            e.SupervisorId = lines.SupervisorOf(e.Id);
        }
        return heads;
    }

    /// <summary>
    /// Units first (without heads), then people top-down so that every superior is written before those who
    /// report to them, then the heads: no batch ever points at a row that is not there yet.
    /// </summary>
    private async Task WriteAsync(RegencyPlan plan, List<OrgUnit> units, List<Employee> people, Dictionary<Guid, Guid> heads, CancellationToken ct)
    {
        var depth = plan.Units.ToDictionary(u => u.Id, u => u.Depth);
        var isHead = heads.Values.ToHashSet();
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var batch in units.OrderBy(u => depth[u.Id]).Chunk(BatchSize))
            {
                db.OrgUnits.AddRange(batch);
                await SaveBatchAsync(ct);
            }
            foreach (var batch in people.OrderBy(e => depth[e.UnitId]).ThenBy(e => !isHead.Contains(e.Id)).Chunk(BatchSize))
            {
                db.Employees.AddRange(batch);
                await SaveBatchAsync(ct);
            }
            db.OrgUnits.AttachRange(units);
            foreach (var unit in units)
            {
                unit.HeadId = heads.TryGetValue(unit.Id, out var head) ? head : null;
            }
            db.ChangeTracker.DetectChanges();
            await SaveBatchAsync(ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private async Task SaveBatchAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
