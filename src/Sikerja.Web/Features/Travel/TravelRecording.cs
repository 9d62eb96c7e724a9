using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.People;
using Sikerja.Domain.Travel;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Notifications;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Travel;

/// <summary>
/// A trip that started without approval, recorded by the employee's direct superior or an admin of the employee's
/// agency (or a tenant admin): status <see cref="PermitStatus.Unapproved"/>, no chain, audited on save, and the
/// employee is told. It counts in the monthly recap like any trip.
/// </summary>
public sealed class TravelRecording(
    SikerjaDbContext db, CurrentUser user, OrganisationAccess access, TenantTime time, TravelSettingsService settings,
    TravelRegions regions, TravelPermitService permits, Notifier notifier)
{
    public async Task<CommandResult<TravelPermit>> RecordAsync(UnapprovedTripInput input, CancellationToken ct)
    {
        if (user.TenantId is not { } tenant)
        {
            return CommandResult<TravelPermit>.Forbidden();
        }
        var employee = await FindAsync(input, ct);
        if (employee is null)
        {
            return input.EmployeeId is null
                ? CommandResult<TravelPermit>.Refused("nip", $"tidak ada pegawai dengan NIP '{input.Nip?.Trim()}' yang dapat Anda catat")
                : CommandResult<TravelPermit>.NotFound();
        }
        if (employee.Id == user.EmployeeId || (employee.SupervisorId != user.EmployeeId || user.EmployeeId is null) && !await access.CanEditEmployeeAsync(employee, ct))
        {
            return employee.Id == user.EmployeeId
                ? CommandResult<TravelPermit>.Refused("nip", "perjalanan sendiri tidak dicatat sendiri; ajukan izin atau minta atasan mencatatnya")
                : CommandResult<TravelPermit>.Forbidden();
        }
        var destination = await regions.FindAsync(input.DestinationCode, ct);
        var problems = TripRules.CheckRecord(input.Trip, time.Clock.Today, destination).ToList();
        if (problems.Count == 0 && await permits.OverlappingAsync(employee.Id, input.LeavesOn!.Value, input.ReturnsOn!.Value, ct) is { } other)
        {
            problems.Add(new Sikerja.Domain.Problem("leavesOn", $"sudah ada izin ke {other.DestinationName} {other.LeavesOn:yyyy-MM-dd} s.d. {other.ReturnsOn:yyyy-MM-dd} untuk tanggal itu"));
        }
        if (problems.Count > 0)
        {
            return CommandResult<TravelPermit>.Refused(problems);
        }
        var permit = await permits.NewPermitAsync(tenant, employee, input.Trip, destination!, await settings.CurrentAsync(ct), ct);
        permit.Status = PermitStatus.Unapproved;
        permit.ClosedAt = permit.RequestedAt;
        db.TravelPermits.Add(permit);
        await notifier.QueueAsync([employee.Id], "Perjalanan tanpa izin dicatat",
            $"Perjalanan Anda ke {permit.DestinationName} {permit.LeavesOn:yyyy-MM-dd} s.d. {permit.ReturnsOn:yyyy-MM-dd} dicatat tanpa izin oleh {user.DisplayName}.",
            "/Travel", ct);
        await db.SaveChangesAsync(ct);
        return CommandResult<TravelPermit>.Done(permit);
    }

    /// <summary>The employee by id, or by NIP among those the caller can see.</summary>
    private async Task<Employee?> FindAsync(UnapprovedTripInput input, CancellationToken ct)
    {
        if (input.EmployeeId is { } id)
        {
            return await (await access.VisibleEmployeesAsync(ct)).AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        }
        var nip = input.Nip?.Replace(" ", "", StringComparison.Ordinal);
        return string.IsNullOrEmpty(nip) ? null : await (await access.VisibleEmployeesAsync(ct)).AsNoTracking().SingleOrDefaultAsync(e => e.Nip == nip, ct);
    }
}
