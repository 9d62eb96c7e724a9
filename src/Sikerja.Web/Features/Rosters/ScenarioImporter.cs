using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Tenancy;
using Sikerja.Domain;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Tenants;
using Sikerja.Web.Features.People;
using Sikerja.Web.Features.Shared;
using Sikerja.Web.Features.Tenants;

namespace Sikerja.Web.Features.Rosters;

/// <summary>
/// Loads a scenario file into a new tenant, for demonstrations and tests: its work week, holidays, units (codes
/// are the scenario's unit ids), employees (NIPs are its employee ids) with their heads and reporting lines, the
/// days each is unavailable, and its policy as a published circular. Runs as the installation (the command line,
/// test set-up), never for a web request: it enters the new tenant's scope.
/// </summary>
public sealed class ScenarioImporter(SikerjaDbContext db, TenantScope scope, ReportingLineUpdater lines, TimeProvider time)
{
    public const string ImportedNote = "dari skenario";

    public async Task<CommandResult<Tenant>> ImportAsync(Scenario scenario, string tenantCode, CancellationToken ct)
    {
        var input = new TenantInput(tenantCode, scenario.Tenant.Name, KindOf(scenario.Tenant.Name), scenario.Tenant.TimeZone, scenario.Calendar.WorkDays);
        var problems = input.Validate().Select(p => p.Where == "timeZoneId" ? p with { Where = "tenant.timeZone" } : p).ToList();
        problems.AddRange(OrganisationProblems(scenario));
        if (problems.Count == 0 && await db.Tenants.AnyAsync(t => t.Code == tenantCode, ct))
        {
            problems.Add(new Problem("tenant", $"kode Pemda '{tenantCode}' sudah dipakai"));
        }
        if (problems.Count > 0)
        {
            return CommandResult<Tenant>.Refused(problems);
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var tenant = new Tenant
        {
            Code = tenantCode,
            Name = scenario.Tenant.Name,
            Kind = input.Kind,
            TimeZoneId = scenario.Tenant.TimeZone,
            WorkWeek = scenario.Calendar.WorkDays,
            CreatedAt = now,
        };
        scope.Enter(tenant.Id);
        db.Tenants.Add(tenant);
        db.Holidays.AddRange(scenario.Calendar.Holidays.Distinct().Select(d => new Holiday
        {
            TenantId = tenant.Id, Date = d, Name = $"Hari libur ({ImportedNote})", Kind = HolidayKind.National,
        }));
        var units = AddUnits(tenant.Id, scenario.Units);
        // Units before the employees who head them: each refers to the other.
        await db.SaveChangesAsync(ct);
        var employees = scenario.Employees.ToDictionary(e => e.Id, e => new Employee
        {
            TenantId = tenant.Id,
            Nip = e.Id,
            Name = e.Name,
            Employment = e.Employment,
            Level = e.Level,
            Title = e.Title,
            UnitId = units[e.Unit].Id,
            PriorityHome = e.PriorityHome,
            PriorityHomeReason = e.PriorityHome ? ImportedNote : null,
        }, StringComparer.Ordinal);
        db.Employees.AddRange(employees.Values);
        foreach (var e in scenario.Employees.Where(e => e.HeadOf is not null))
        {
            units[e.HeadOf!].HeadId = employees[e.Id].Id;
        }
        db.Unavailabilities.AddRange(scenario.Employees.SelectMany(e => Ranges(e.Unavailable).Select(r => new Unavailability
        {
            TenantId = tenant.Id, EmployeeId = employees[e.Id].Id, From = r.From, To = r.To,
            Cause = UnavailabilityCause.Leave, Note = ImportedNote, RecordedAt = now,
        })));
        var policy = new Policy
        {
            TenantId = tenant.Id,
            Status = PolicyStatus.Published,
            SignerName = ImportedNote,
            SignerPost = ImportedNote,
            IssuedOn = scenario.Policy.EffectiveFrom,
            CreatedAt = now,
            PublishedAt = now,
        };
        policy.SeriesId = policy.Id;
        policy.SetRules(scenario.Policy);
        db.Policies.Add(policy);
        var loops = await lines.ApplyAsync(ct);
        if (loops.Count > 0)
        {
            db.ChangeTracker.Clear();
            await transaction.RollbackAsync(ct);
            return CommandResult<Tenant>.Refused(loops);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return CommandResult<Tenant>.Done(tenant);
    }

    private Dictionary<string, OrgUnit> AddUnits(Guid tenantId, IReadOnlyList<ScenarioUnit> scenarioUnits)
    {
        var units = new Dictionary<string, OrgUnit>(StringComparer.Ordinal);
        var children = scenarioUnits.ToLookup(u => u.Parent);
        void Add(ScenarioUnit u, OrgUnit? parent)
        {
            var unit = new OrgUnit { TenantId = tenantId, Code = u.Id, Name = u.Name, Type = u.Type, ParentId = parent?.Id };
            unit.Path = OrgTreeRules.PathOf(unit.Id, parent?.Path);
            units[u.Id] = unit;
            db.OrgUnits.Add(unit);
            foreach (var child in children[u.Id])
            {
                Add(child, unit);
            }
        }
        foreach (var top in children[null])
        {
            Add(top, null);
        }
        return units;
    }

    /// <summary>What the scenario format allows but a stored organisation does not.</summary>
    private static IEnumerable<Problem> OrganisationProblems(Scenario scenario)
    {
        for (var i = 0; i < scenario.Units.Count; i++)
        {
            if (UnitCode.Check(scenario.Units[i].Id) is { } code)
            {
                yield return new Problem($"units[{i}].id", code.Message);
            }
        }
        for (var i = 0; i < scenario.Employees.Count; i++)
        {
            var e = scenario.Employees[i];
            foreach (var p in EmployeeRules.Validate(e.Id, e.Name, e.Employment, null))
            {
                yield return new Problem($"employees[{i}].{(p.Where == "nip" ? "id" : p.Where)}", p.Message);
            }
        }
    }

    private static TenantKind KindOf(string name) =>
        name.Contains("Provinsi", StringComparison.OrdinalIgnoreCase) ? TenantKind.Province
        : name.Contains("Kota", StringComparison.OrdinalIgnoreCase) ? TenantKind.City
        : TenantKind.Regency;

    /// <summary>Dates as runs of consecutive days.</summary>
    private static IEnumerable<(DateOnly From, DateOnly To)> Ranges(IEnumerable<DateOnly> dates)
    {
        DateOnly? start = null, end = null;
        foreach (var d in dates.Distinct().Order())
        {
            if (end is { } e && d == e.AddDays(1))
            {
                end = d;
                continue;
            }
            if (start is { } s)
            {
                yield return (s, end!.Value);
            }
            start = end = d;
        }
        if (start is { } last)
        {
            yield return (last, end!.Value);
        }
    }
}
