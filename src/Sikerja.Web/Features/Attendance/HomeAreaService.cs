using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain;
using Sikerja.Domain.Attendance;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

public sealed record HomeAreaInput(double? Latitude, double? Longitude, int RadiusMetres = HomeArea.DefaultRadiusMetres)
{
    public const int MinRadius = 50;
    public const int MaxRadius = 5000;

    public IEnumerable<Problem> Validate()
    {
        if (Latitude is not (>= -90 and <= 90))
        {
            yield return new Problem(nameof(Latitude), "lintang wajib diisi, antara -90 dan 90");
        }
        if (Longitude is not (>= -180 and <= 180))
        {
            yield return new Problem(nameof(Longitude), "bujur wajib diisi, antara -180 dan 180");
        }
        if (RadiusMetres is < MinRadius or > MaxRadius)
        {
            yield return new Problem(nameof(RadiusMetres), $"radius harus antara {MinRadius} dan {MaxRadius} meter");
        }
    }
}

/// <summary>An employee's home area for WFH check-ins: registered by the employee (from the phone) or an admin of their agency. Personal data: only they see it.</summary>
public sealed class HomeAreaService(SikerjaDbContext db, CurrentUser user, OrganisationAccess access, TimeProvider time)
{
    public async Task<CommandResult<HomeArea?>> GetAsync(Guid employeeId, CancellationToken ct)
    {
        if (!await MayAsync(employeeId, ct))
        {
            return CommandResult<HomeArea?>.Forbidden();
        }
        return CommandResult<HomeArea?>.Done(await db.HomeAreas.AsNoTracking().SingleOrDefaultAsync(h => h.EmployeeId == employeeId, ct));
    }

    public async Task<CommandResult<HomeArea>> RegisterAsync(Guid employeeId, HomeAreaInput input, CancellationToken ct)
    {
        if (!await MayAsync(employeeId, ct))
        {
            return CommandResult<HomeArea>.Forbidden();
        }
        var problems = input.Validate().ToList();
        if (problems.Count > 0)
        {
            return CommandResult<HomeArea>.Refused(problems);
        }
        var area = await db.HomeAreas.SingleOrDefaultAsync(h => h.EmployeeId == employeeId, ct);
        if (area is null)
        {
            area = new HomeArea { EmployeeId = employeeId, TenantId = user.TenantId!.Value };
            db.HomeAreas.Add(area);
        }
        (area.Latitude, area.Longitude, area.RadiusMetres, area.RegisteredAt) =
            (input.Latitude!.Value, input.Longitude!.Value, input.RadiusMetres, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return CommandResult<HomeArea>.Done(area);
    }

    private async Task<bool> MayAsync(Guid employeeId, CancellationToken ct)
    {
        if (user.TenantId is null)
        {
            return false;
        }
        if (employeeId == user.EmployeeId)
        {
            return true;
        }
        var employee = await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Id == employeeId, ct);
        return employee is not null && access.CanEditAny && await access.CanEditEmployeeAsync(employee, ct);
    }
}
