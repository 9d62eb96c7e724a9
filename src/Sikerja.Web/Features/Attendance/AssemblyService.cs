using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Rosters;
using Sikerja.Domain;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Rosters;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>
/// Morning assemblies (apel pagi): scheduled by a tenant admin for everyone or any unit, or by an agency admin for a
/// unit of their agency; seen by those who must attend, who record their own attendance (once, however often the
/// phone sends it); admins record attendance by hand with a reason and read who came and who did not.
/// </summary>
public sealed class AssemblyService(SikerjaDbContext db, CurrentUser user, OrganisationAccess access, TenantTime tenantTime, TimeProvider time)
{
    public const int MaxListDays = 62;

    public async Task<CommandResult<Assembly>> ScheduleAsync(AssemblyInput input, CancellationToken ct)
    {
        if (user.TenantId is not { } tenant || !access.CanEditAny)
        {
            return CommandResult<Assembly>.Forbidden();
        }
        var problems = AssemblyRules.Validate(input.Title, input.Date, tenantTime.Clock.Today, input.OnlineLink, input.Place).ToList();
        if (input.UnitId is { } unitId)
        {
            if (!await db.OrgUnits.AnyAsync(u => u.Id == unitId, ct))
            {
                return CommandResult<Assembly>.NotFound();
            }
            if (!await access.CanEditUnitAsync(unitId, ct))
            {
                return CommandResult<Assembly>.Forbidden();
            }
        }
        else if (!user.IsTenantAdmin)
        {
            problems.Add(new Problem("unitId", "pilih unit yang wajib hadir: apel seluruh Pemda dijadwalkan admin Pemda"));
        }
        if (problems.Count > 0)
        {
            return CommandResult<Assembly>.Refused(problems);
        }
        var assembly = new Assembly
        {
            TenantId = tenant,
            UnitId = input.UnitId,
            Date = input.Date,
            StartsAt = input.StartsAt,
            Title = input.Title!.Trim(),
            OnlineLink = Blank(input.OnlineLink),
            Place = Blank(input.Place),
            CreatedAt = time.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserId,
        };
        db.Assemblies.Add(assembly);
        await db.SaveChangesAsync(ct);
        return CommandResult<Assembly>.Done(assembly);
    }

    /// <summary>The assemblies from..to the caller must attend or organises, earliest first.</summary>
    public async Task<CommandResult<IReadOnlyList<AssemblyView>>> ListAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (user.TenantId is null)
        {
            return CommandResult<IReadOnlyList<AssemblyView>>.Forbidden();
        }
        if (from > to || to.DayNumber - from.DayNumber >= MaxListDays)
        {
            return CommandResult<IReadOnlyList<AssemblyView>>.Refused("to", $"pilih rentang tanggal yang benar, paling panjang {MaxListDays} hari");
        }
        var assemblies = await db.Assemblies.AsNoTracking().Where(a => a.Date >= from && a.Date <= to)
            .OrderBy(a => a.Date).ThenBy(a => a.StartsAt).ToListAsync(ct);
        var views = new List<AssemblyView>();
        foreach (var a in assemblies)
        {
            var view = await ViewAsync(a, ct);
            if (view.CanManage || view.MustAttend)
            {
                views.Add(view);
            }
        }
        return CommandResult<IReadOnlyList<AssemblyView>>.Done(views);
    }

    public async Task<CommandResult<AssemblyView>> GetAsync(Guid id, CancellationToken ct)
    {
        var view = await VisibleAsync(id, ct);
        return view is null ? CommandResult<AssemblyView>.NotFound() : CommandResult<AssemblyView>.Done(view);
    }

    /// <summary>
    /// The caller's own attendance (join link or button). The same client id, or a second tap with another id,
    /// returns the stored record marked as a duplicate; never a second row, also when two arrive at once.
    /// </summary>
    public async Task<CommandResult<AssemblyReceipt>> AttendAsync(Guid id, AssemblyAttendInput input, CancellationToken ct)
    {
        var view = await VisibleAsync(id, ct);
        if (view is null || user.EmployeeId is not { } me)
        {
            return CommandResult<AssemblyReceipt>.NotFound();
        }
        if (input.ClientId == Guid.Empty)
        {
            return CommandResult<AssemblyReceipt>.Refused("clientId", "id dari aplikasi wajib ada");
        }
        if (await StoredAsync(id, me, input.ClientId, ct) is { } stored)
        {
            return stored.AssemblyId == id && stored.EmployeeId == me
                ? CommandResult<AssemblyReceipt>.Done(new AssemblyReceipt(stored, true))
                : CommandResult<AssemblyReceipt>.Refused("clientId", "id ini sudah dipakai untuk catatan lain");
        }
        if (!view.MustAttend)
        {
            return CommandResult<AssemblyReceipt>.Refused("assembly", "Anda tidak termasuk peserta apel ini");
        }
        var now = time.GetUtcNow().UtcDateTime;
        var deviceAt = input.DeviceAt is { } d ? DateTime.SpecifyKind(d.ToUniversalTime(), DateTimeKind.Utc) : now;
        if (AssemblyRules.CheckOwnAttendance(view.StartsAtUtc, deviceAt) is { } late)
        {
            return CommandResult<AssemblyReceipt>.Refused([late]);
        }
        var attendance = new AssemblyAttendance
        {
            TenantId = view.Assembly.TenantId, AssemblyId = id, EmployeeId = me, ClientId = input.ClientId,
            Method = CheckInMethod.Online, DeviceAt = deviceAt, ReceivedAt = now, RecordedBy = user.UserId,
        };
        return await SaveOnceAsync(attendance, ct);
    }

    /// <summary>An organiser records that an employee who had to attend did, with the reason it is recorded by hand.</summary>
    public async Task<CommandResult<AssemblyReceipt>> RecordAsync(Guid id, AssemblyManualInput input, CancellationToken ct)
    {
        var view = await VisibleAsync(id, ct);
        if (view is null)
        {
            return CommandResult<AssemblyReceipt>.NotFound();
        }
        if (!view.CanManage)
        {
            return CommandResult<AssemblyReceipt>.Forbidden();
        }
        var reason = input.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > AssemblyRules.MaxReasonLength)
        {
            return CommandResult<AssemblyReceipt>.Refused("reason", $"tulis alasan pencatatan manual (paling panjang {AssemblyRules.MaxReasonLength} karakter)");
        }
        if (!await (await ExpectedAsync(view.Assembly, ct)).AnyAsync(e => e.Id == input.EmployeeId, ct))
        {
            return CommandResult<AssemblyReceipt>.Refused("employeeId", "pegawai ini tidak termasuk peserta apel ini");
        }
        if (await db.AssemblyAttendances.AnyAsync(a => a.AssemblyId == id && a.EmployeeId == input.EmployeeId, ct))
        {
            return CommandResult<AssemblyReceipt>.Refused("employeeId", "kehadiran pegawai ini sudah tercatat");
        }
        var now = time.GetUtcNow().UtcDateTime;
        return await SaveOnceAsync(new AssemblyAttendance
        {
            TenantId = view.Assembly.TenantId, AssemblyId = id, EmployeeId = input.EmployeeId, ClientId = Guid.CreateVersion7(),
            Method = CheckInMethod.Manual, DeviceAt = now, ReceivedAt = now, ManualReason = reason, RecordedBy = user.UserId,
        }, ct);
    }

    /// <summary>For organisers: who attended, who had to and did not, and who was excused that day.</summary>
    public async Task<CommandResult<AssemblyReport>> ReportAsync(Guid id, CancellationToken ct)
    {
        var view = await VisibleAsync(id, ct);
        if (view is null)
        {
            return CommandResult<AssemblyReport>.NotFound();
        }
        if (!view.CanManage)
        {
            return CommandResult<AssemblyReport>.Forbidden();
        }
        var date = view.Assembly.Date;
        var people = await (from e in await ExpectedAsync(view.Assembly, ct)
                            join u in db.OrgUnits on e.UnitId equals u.Id
                            orderby u.Path, e.Name
                            select new AssemblyPerson(e.Id, e.Name, e.Nip, u.Name)).ToListAsync(ct);
        var ids = people.Select(p => p.EmployeeId).ToList();
        var attendances = await db.AssemblyAttendances.AsNoTracking().Where(a => a.AssemblyId == id).ToDictionaryAsync(a => a.EmployeeId, ct);
        var causes = (await db.Unavailabilities.AsNoTracking().Where(u => u.From <= date && u.To >= date && ids.Contains(u.EmployeeId))
                .Select(u => new { u.EmployeeId, u.Cause }).ToListAsync(ct))
            .GroupBy(u => u.EmployeeId).ToDictionary(g => g.Key, g => g.First().Cause);
        var off = (await (from e in db.RosterEntries
                          join p in db.RosterPlans on e.PlanId equals p.Id
                          where p.Status == RosterStatus.Published && e.Date == date && e.Mode == WorkMode.Off && ids.Contains(e.EmployeeId)
                          select e.EmployeeId).ToListAsync(ct)).ToHashSet();

        var attended = new List<AssemblyAttendee>();
        var absent = new List<AssemblyPerson>();
        var excused = new List<AssemblyExcused>();
        foreach (var person in people)
        {
            if (attendances.TryGetValue(person.EmployeeId, out var a))
            {
                attended.Add(new AssemblyAttendee(person, a.DeviceAt, a.Method, a.ManualReason));
            }
            else if (causes.TryGetValue(person.EmployeeId, out var cause))
            {
                excused.Add(new AssemblyExcused(person, cause));
            }
            else if (off.Contains(person.EmployeeId))
            {
                excused.Add(new AssemblyExcused(person, null));
            }
            else
            {
                absent.Add(person);
            }
        }
        return CommandResult<AssemblyReport>.Done(new AssemblyReport(view, attended, absent, excused));
    }

    private async Task<AssemblyView?> VisibleAsync(Guid id, CancellationToken ct)
    {
        if (user.TenantId is null || await db.Assemblies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct) is not { } assembly)
        {
            return null;
        }
        var view = await ViewAsync(assembly, ct);
        return view.CanManage || view.MustAttend ? view : null;
    }

    private async Task<AssemblyView> ViewAsync(Assembly a, CancellationToken ct)
    {
        var unit = a.UnitId is { } unitId ? await db.OrgUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Name, u.Path }).SingleAsync(ct) : null;
        var canManage = a.UnitId is { } id ? await access.CanEditUnitAsync(id, ct) : user.IsTenantAdmin;
        var mustAttend = false;
        AssemblyAttendance? mine = null;
        if (user.EmployeeId is { } me)
        {
            mustAttend = await (await ExpectedAsync(a, ct)).AnyAsync(e => e.Id == me, ct);
            mine = await db.AssemblyAttendances.AsNoTracking().SingleOrDefaultAsync(x => x.AssemblyId == a.Id && x.EmployeeId == me, ct);
        }
        return new AssemblyView(a, unit?.Name, tenantTime.Clock.ToUtc(a.Date, a.StartsAt), canManage, mustAttend, mine);
    }

    /// <summary>The active employees who must attend: the unit's subtree, or everyone.</summary>
    private async Task<IQueryable<Employee>> ExpectedAsync(Assembly a, CancellationToken ct)
    {
        var active = db.Employees.Where(e => e.IsActive);
        if (a.UnitId is not { } unitId)
        {
            return active;
        }
        var path = await db.OrgUnits.Where(u => u.Id == unitId).Select(u => u.Path).SingleAsync(ct);
        var under = db.OrgUnits.Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
        return active.Where(e => under.Contains(e.UnitId));
    }

    private Task<AssemblyAttendance?> StoredAsync(Guid assemblyId, Guid employeeId, Guid clientId, CancellationToken ct) =>
        db.AssemblyAttendances.AsNoTracking()
            .Where(a => a.ClientId == clientId || (a.AssemblyId == assemblyId && a.EmployeeId == employeeId))
            .OrderBy(a => a.ClientId == clientId ? 0 : 1)
            .FirstOrDefaultAsync(ct);

    /// <summary>Inserts the record; when a concurrent copy won the race, the stored one is the answer.</summary>
    private async Task<CommandResult<AssemblyReceipt>> SaveOnceAsync(AssemblyAttendance attendance, CancellationToken ct)
    {
        db.AssemblyAttendances.Add(attendance);
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult<AssemblyReceipt>.Done(new AssemblyReceipt(attendance, false));
        }
        catch (DbUpdateException)
        {
            db.Entry(attendance).State = EntityState.Detached;
            var stored = await StoredAsync(attendance.AssemblyId, attendance.EmployeeId, attendance.ClientId, ct);
            if (stored is null)
            {
                throw;
            }
            return CommandResult<AssemblyReceipt>.Done(new AssemblyReceipt(stored, true));
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
