using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Audit;
using Sikerja.Domain.Attendance;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>What a manual record stored: its check-in (and check-out) and the day's status with them.</summary>
public sealed record ManualRecord(Guid EmployeeId, DateOnly Date, IReadOnlyList<CheckIn> Records, DayAttendance Day);

/// <summary>
/// Records attendance by hand (<see cref="CheckInMethod.Manual"/>) for an employee of the caller's agency (tenant
/// admins: of the tenant). Check-ins are not audited on their own (they come by the thousand), so each manual
/// record writes its audit entry here, in the same transaction.
/// </summary>
public sealed class ManualAttendanceService(
    SikerjaDbContext db, CurrentUser user, OrganisationAccess access, AttendanceDayReader reader, TenantTime tenantTime, AuditActor actor, TimeProvider time)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new JsonStringEnumConverter() } };

    public async Task<CommandResult<ManualRecord>> RecordAsync(ManualAttendanceInput input, CancellationToken ct)
    {
        if (user.TenantId is not { } tenantId || user.UserId is not { } userId)
        {
            return CommandResult<ManualRecord>.Forbidden();
        }
        var employee = await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Id == input.EmployeeId, ct);
        if (employee is null)
        {
            return CommandResult<ManualRecord>.NotFound();
        }
        if (!await access.CanEditEmployeeAsync(employee, ct))
        {
            return CommandResult<ManualRecord>.Forbidden();
        }
        var problems = input.Validate().ToList();
        var clock = tenantTime.Clock;
        if (input.Date > clock.Today)
        {
            problems.Add(new("date", $"tanggal {input.Date:yyyy-MM-dd} belum tiba"));
        }
        else if (input.Date == clock.Today && clock.ToUtc(input.Date, input.CheckedOut ?? input.CheckedIn) > clock.UtcNow)
        {
            problems.Add(new(input.CheckedOut is null ? "checkedIn" : "checkedOut", "jam itu belum tiba hari ini"));
        }
        else if (await db.CheckIns.AnyAsync(c => c.EmployeeId == employee.Id && c.WorkDate == input.Date && c.Direction == CheckDirection.In, ct))
        {
            problems.Add(new("date", $"{employee.Name} sudah punya presensi masuk pada {input.Date:yyyy-MM-dd}"));
        }
        if (problems.Count > 0)
        {
            return CommandResult<ManualRecord>.Refused(problems);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var reason = input.Reason!.Trim();
        CheckIn Make(CheckDirection direction, TimeOnly at) => new()
        {
            TenantId = tenantId, EmployeeId = employee.Id, ClientId = Guid.CreateVersion7(), Direction = direction, Mode = input.Mode,
            Method = CheckInMethod.Manual, WorkDate = input.Date, DeviceAt = clock.ToUtc(input.Date, at), ReceivedAt = now,
            UnitId = input.Mode == Domain.Rosters.WorkMode.Office ? employee.UnitId : null, ManualReason = reason, RecordedBy = userId,
        };
        List<CheckIn> records = [Make(CheckDirection.In, input.CheckedIn)];
        if (input.CheckedOut is { } left)
        {
            records.Add(Make(CheckDirection.Out, left));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.CheckIns.AddRange(records);
        await db.SaveChangesAsync(ct);
        // Judged with the records in place, as every view will judge the day: the records keep what was found.
        var day = (await reader.ReadAsync(db.Employees.Where(e => e.Id == employee.Id), input.Date, input.Date, ct)).Employees[0].Days[0];
        foreach (var r in records)
        {
            r.MinutesOff = r.Direction == CheckDirection.In ? day.LateMinutes : day.EarlyLeaveMinutes;
            r.Flags = day.NotScheduled ? AttendanceFlags.NotScheduled : AttendanceFlags.None;
            db.AuditEntries.Add(Audit(r, now));
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return CommandResult<ManualRecord>.Done(new ManualRecord(employee.Id, input.Date, records, day));
    }

    private AuditEntry Audit(CheckIn r, DateTime now) => new()
    {
        TenantId = r.TenantId,
        At = now,
        ActorUserId = actor.UserId,
        ActorName = actor.Name,
        Action = "Created",
        EntityType = nameof(CheckIn),
        EntityId = r.Id.ToString(),
        After = JsonSerializer.Serialize(
            new
            {
                r.EmployeeId, r.WorkDate, r.Direction, r.Mode, r.Method, r.DeviceAt, r.UnitId, r.MinutesOff, r.Flags, r.ManualReason, r.RecordedBy,
            },
            JsonOptions),
    };
}
