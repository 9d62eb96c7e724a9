using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Attendance;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>An office's current QR code, for the desk screen: the code's token, when it expires and when to show the next.</summary>
public sealed record OfficeQrCode(Guid UnitId, string UnitName, string Token, DateTime ExpiresAt, int LifetimeSeconds)
{
    /// <summary>Seconds until the screen fetches the next code: before this one expires, leaving a scan time to arrive.</summary>
    public int RefreshSeconds => Math.Max(LifetimeSeconds * 2 / 3, 5);
}

/// <summary>Issues office QR codes to the admins of the office's unit (the agency's or the tenant's).</summary>
public sealed class OfficeQrService(SikerjaDbContext db, CurrentUser user, OrganisationAccess access, OfficeQrTokens tokens)
{
    public async Task<CommandResult<OfficeQrCode>> CurrentAsync(Guid unitId, CancellationToken ct)
    {
        if (user.TenantId is not { } tenantId || !access.CanEditAny)
        {
            return CommandResult<OfficeQrCode>.Forbidden();
        }
        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Id, u.Name }).SingleOrDefaultAsync(ct);
        if (unit is null)
        {
            return CommandResult<OfficeQrCode>.NotFound();
        }
        if (!await access.CanEditUnitAsync(unitId, ct))
        {
            return CommandResult<OfficeQrCode>.Forbidden();
        }
        var lifetime = await db.AttendanceSettings.AsNoTracking().Select(s => (int?)s.QrLifetimeSeconds).SingleOrDefaultAsync(ct)
            ?? new AttendanceSettings().QrLifetimeSeconds;
        var (token, expires) = tokens.Issue(tenantId, unitId, lifetime);
        return CommandResult<OfficeQrCode>.Done(new OfficeQrCode(unit.Id, unit.Name, token, expires, lifetime));
    }
}
