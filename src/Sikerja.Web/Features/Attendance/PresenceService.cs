using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.People;
using Sikerja.Domain.Rosters;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>
/// Office presence lists for contact tracing (Kukar): per office and day, the WFO staff from their office check-ins,
/// WFH staff who came in on an approved request, and the visitors registered at the desk. Personal data: read by
/// tenant admins, health officers (read only) and the admins of the office's agency; nobody else.
/// </summary>
public sealed class PresenceService(SikerjaDbContext db, CurrentUser user, OrganisationAccess access, TenantTime tenantTime, TimeProvider time)
{
    public async Task<CommandResult<PresenceList>> ListAsync(Guid unitId, DateOnly date, CancellationToken ct)
    {
        if (user.TenantId is null || !MayReadAny)
        {
            return CommandResult<PresenceList>.Forbidden();
        }
        var unit = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            return CommandResult<PresenceList>.NotFound();
        }
        var canEdit = await access.CanEditUnitAsync(unitId, ct);
        if (!canEdit && !user.IsHealthOfficer)
        {
            return CommandResult<PresenceList>.Forbidden();
        }
        if (unit.Office is null)
        {
            return CommandResult<PresenceList>.Refused("unit", "unit ini tidak punya lokasi kantor; pilih unit yang berkantor");
        }
        var counted = await db.PresenceCounts.AsNoTracking().SingleOrDefaultAsync(c => c.UnitId == unitId && c.Date == date, ct);
        if (counted is not null)
        {
            return CommandResult<PresenceList>.Done(new PresenceList(unitId, unit.Name, date, true, counted.Employees, counted.Visitors, [], false));
        }

        var checkIns = await (from c in db.CheckIns.AsNoTracking()
                              join e in db.Employees on c.EmployeeId equals e.Id
                              where c.UnitId == unitId && c.WorkDate == date && c.Mode == WorkMode.Office
                              select new { c.EmployeeId, e.Name, e.Nip, c.Direction, c.DeviceAt }).ToListAsync(ct);
        var ids = checkIns.Select(c => c.EmployeeId).Distinct().ToList();
        var requested = (await db.OfficeWorkRequests.AsNoTracking()
                .Where(r => r.Date == date && r.Status == RequestStatus.Approved && ids.Contains(r.EmployeeId))
                .Select(r => r.EmployeeId).ToListAsync(ct)).ToHashSet();
        var staff = checkIns.GroupBy(c => c.EmployeeId).Select(g => new PresenceRow(
            requested.Contains(g.Key) ? PresenceKind.Requested : PresenceKind.Scheduled,
            g.First().Name, g.First().Nip, null, null,
            g.Where(c => c.Direction == CheckDirection.In).Select(c => (DateTime?)c.DeviceAt).Min(),
            g.Where(c => c.Direction == CheckDirection.Out).Select(c => (DateTime?)c.DeviceAt).Max(),
            null));
        var visits = await (from v in db.OfficeVisits.AsNoTracking()
                            join e in db.Employees on v.MetEmployeeId equals (Guid?)e.Id into met
                            from m in met.DefaultIfEmpty()
                            where v.UnitId == unitId && v.Date == date
                            select new PresenceRow(PresenceKind.Visitor, v.VisitorName, null, v.Phone, m == null ? v.MetName : m.Name, v.ArrivedAt, v.LeftAt, v.Id))
            .ToListAsync(ct);
        List<PresenceRow> rows = [.. staff.Concat(visits).OrderBy(r => r.In ?? DateTime.MaxValue).ThenBy(r => r.Name, StringComparer.CurrentCulture)];
        return CommandResult<PresenceList>.Done(new PresenceList(
            unitId, unit.Name, date, false, rows.Count(r => r.Kind != PresenceKind.Visitor), visits.Count, rows, canEdit));
    }

    /// <summary>A visitor at the desk of an office, recorded by its agency's admin (or a desk account with those rights) or a tenant admin.</summary>
    public async Task<CommandResult<OfficeVisit>> RegisterVisitAsync(VisitInput input, CancellationToken ct)
    {
        if (user.TenantId is not { } tenant || !access.CanEditAny)
        {
            return CommandResult<OfficeVisit>.Forbidden();
        }
        var unit = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == input.UnitId, ct);
        if (unit is null)
        {
            return CommandResult<OfficeVisit>.NotFound();
        }
        if (!await access.CanEditUnitAsync(unit.Id, ct))
        {
            return CommandResult<OfficeVisit>.Forbidden();
        }
        var problems = VisitRules.Validate(input.VisitorName, input.Phone, input.MetEmployeeId is not null, input.MetName).ToList();
        if (unit.Office is null)
        {
            problems.Add(new("unitId", "unit ini tidak punya lokasi kantor"));
        }
        if (input.MetEmployeeId is { } met && !await db.Employees.AnyAsync(e => e.Id == met && e.IsActive, ct))
        {
            problems.Add(new("metEmployeeId", "pegawai yang ditemui tidak ditemukan"));
        }
        var now = time.GetUtcNow().UtcDateTime;
        var arrived = input.ArrivedAt is { } at ? DateTime.SpecifyKind(at.ToUniversalTime(), DateTimeKind.Utc) : now;
        var clock = tenantTime.Clock;
        if (arrived > now.AddMinutes(5) || DateOnly.FromDateTime(clock.ToLocal(arrived)) != clock.Today)
        {
            problems.Add(new("arrivedAt", "waktu datang harus hari ini dan tidak di masa depan"));
        }
        if (problems.Count > 0)
        {
            return CommandResult<OfficeVisit>.Refused(problems);
        }
        var visit = new OfficeVisit
        {
            TenantId = tenant, UnitId = unit.Id, Date = clock.Today, VisitorName = input.VisitorName!.Trim(),
            Phone = PhoneNumber.Normalise(input.Phone!), MetEmployeeId = input.MetEmployeeId,
            MetName = input.MetEmployeeId is null ? input.MetName!.Trim() : null, ArrivedAt = arrived, RecordedBy = user.UserId,
        };
        db.OfficeVisits.Add(visit);
        await db.SaveChangesAsync(ct);
        return CommandResult<OfficeVisit>.Done(visit);
    }

    /// <summary>Records when a visitor left, later than their arrival.</summary>
    public async Task<CommandResult<OfficeVisit>> LeaveAsync(Guid visitId, VisitLeaveInput input, CancellationToken ct)
    {
        var visit = user.TenantId is null ? null : await db.OfficeVisits.SingleOrDefaultAsync(v => v.Id == visitId, ct);
        if (visit is null || !(user.IsTenantAdmin || user.IsHealthOfficer || user.IsAgencyAdmin))
        {
            return CommandResult<OfficeVisit>.NotFound();
        }
        if (!await access.CanEditUnitAsync(visit.UnitId, ct))
        {
            return user.IsHealthOfficer ? CommandResult<OfficeVisit>.Forbidden() : CommandResult<OfficeVisit>.NotFound();
        }
        var now = time.GetUtcNow().UtcDateTime;
        var left = input.LeftAt is { } at ? DateTime.SpecifyKind(at.ToUniversalTime(), DateTimeKind.Utc) : now;
        if (left > now.AddMinutes(5))
        {
            return CommandResult<OfficeVisit>.Refused("leftAt", "waktu pulang tidak boleh di masa depan");
        }
        if (VisitRules.CheckLeave(visit.ArrivedAt, visit.LeftAt, left) is { } problem)
        {
            return CommandResult<OfficeVisit>.Refused([problem]);
        }
        visit.LeftAt = left;
        await db.SaveChangesAsync(ct);
        return CommandResult<OfficeVisit>.Done(visit);
    }

    /// <summary>The offices (units with an office location) the caller may read the presence list of.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> OfficesAsync(CancellationToken ct)
    {
        if (user.TenantId is null || !MayReadAny)
        {
            return [];
        }
        var units = user.IsHealthOfficer ? db.OrgUnits : await access.EditableUnitsAsync(ct);
        return (await units.AsNoTracking().Where(u => u.OfficeLatitude != null && u.OfficeLongitude != null && u.OfficeRadiusMetres != null)
                .OrderBy(u => u.Path).Select(u => new { u.Id, u.Name }).Take(2000).ToListAsync(ct))
            .Select(u => (u.Id, u.Name)).ToList();
    }

    private bool MayReadAny => user.IsTenantAdmin || user.IsHealthOfficer || user.IsAgencyAdmin;
}
