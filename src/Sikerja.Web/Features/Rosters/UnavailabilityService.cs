using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain;
using Sikerja.Domain.People;
using Sikerja.Domain.Rosters;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Rosters;

public sealed record UnavailabilityInput(DateOnly From, DateOnly To, UnavailabilityCause Cause, string? Note);

/// <summary>One employee's recorded days off sick, in quarantine or on leave, as the caller may see them.</summary>
public sealed record EmployeeUnavailability(Employee Employee, bool CanEdit, IReadOnlyList<Unavailability> Records);

/// <summary>
/// Records that an employee cannot work for some days; rosters planned afterwards keep them off. Health data: read
/// by the employee, the admins of their agency and tenant admins; recorded by those admins.
/// </summary>
public sealed class UnavailabilityService(SikerjaDbContext db, OrganisationAccess access, CurrentUser user, TimeProvider time)
{
    public const int MaxNoteLength = 400;

    public async Task<CommandResult<EmployeeUnavailability>> ForEmployeeAsync(Guid employeeId, CancellationToken ct)
    {
        var employee = user.TenantId is null ? null : await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Id == employeeId, ct);
        if (employee is null)
        {
            return CommandResult<EmployeeUnavailability>.NotFound();
        }
        if (!await access.CanSeeHealthAsync(employee, ct))
        {
            return CommandResult<EmployeeUnavailability>.Forbidden();
        }
        var records = await db.Unavailabilities.AsNoTracking().Where(u => u.EmployeeId == employeeId)
            .OrderByDescending(u => u.From).ToListAsync(ct);
        return CommandResult<EmployeeUnavailability>.Done(new(employee, await access.CanEditEmployeeAsync(employee, ct), records));
    }

    public async Task<CommandResult<Unavailability>> RecordAsync(Guid employeeId, UnavailabilityInput input, CancellationToken ct)
    {
        var employee = user.TenantId is null ? null : await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Id == employeeId, ct);
        if (employee is null)
        {
            return CommandResult<Unavailability>.NotFound();
        }
        if (!await access.CanEditEmployeeAsync(employee, ct))
        {
            return CommandResult<Unavailability>.Forbidden();
        }
        var problems = Validate(input).ToList();
        if (problems.Count == 0)
        {
            var overlapping = await db.Unavailabilities.AsNoTracking()
                .Where(u => u.EmployeeId == employeeId && u.From <= input.To && u.To >= input.From)
                .OrderBy(u => u.From).FirstOrDefaultAsync(ct);
            if (overlapping is not null)
            {
                problems.Add(new Problem("from", $"sudah tercatat tidak tersedia {overlapping.From:yyyy-MM-dd} s.d. {overlapping.To:yyyy-MM-dd}; hapus atau sesuaikan catatan itu dulu"));
            }
        }
        if (problems.Count > 0)
        {
            return CommandResult<Unavailability>.Refused(problems);
        }
        var record = new Unavailability
        {
            TenantId = employee.TenantId,
            EmployeeId = employeeId,
            From = input.From,
            To = input.To,
            Cause = input.Cause,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            RecordedAt = time.GetUtcNow().UtcDateTime,
            RecordedBy = user.UserId,
        };
        db.Unavailabilities.Add(record);
        await db.SaveChangesAsync(ct);
        return CommandResult<Unavailability>.Done(record);
    }

    public async Task<CommandResult<Unavailability>> DeleteAsync(Guid id, CancellationToken ct)
    {
        var record = user.TenantId is null ? null : await db.Unavailabilities.SingleOrDefaultAsync(u => u.Id == id, ct);
        var employee = record is null ? null : await db.Employees.AsNoTracking().SingleAsync(e => e.Id == record.EmployeeId, ct);
        if (record is null || employee is null || !await access.CanSeeHealthAsync(employee, ct))
        {
            return CommandResult<Unavailability>.NotFound();
        }
        if (!await access.CanEditEmployeeAsync(employee, ct))
        {
            return CommandResult<Unavailability>.Forbidden();
        }
        db.Unavailabilities.Remove(record);
        await db.SaveChangesAsync(ct);
        return CommandResult<Unavailability>.Done(record);
    }

    private static IEnumerable<Problem> Validate(UnavailabilityInput input)
    {
        if (input.From > input.To)
        {
            yield return new Problem("to", "tanggal akhir tidak boleh sebelum tanggal awal");
        }
        else if (input.To.DayNumber - input.From.DayNumber + 1 > ScenarioPeriod.MaxDays)
        {
            yield return new Problem("to", $"paling lama {ScenarioPeriod.MaxDays} hari sekali catat");
        }
        if (!Enum.IsDefined(input.Cause))
        {
            yield return new Problem("cause", "alasan harus sakit, karantina atau cuti");
        }
        if (input.Note?.Trim().Length > MaxNoteLength)
        {
            yield return new Problem("note", $"catatan paling panjang {MaxNoteLength} karakter");
        }
    }
}
