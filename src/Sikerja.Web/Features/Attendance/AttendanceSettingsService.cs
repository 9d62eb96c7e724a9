using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain;
using Sikerja.Domain.Attendance;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>The tenant's attendance settings as a form holds them.</summary>
public sealed record AttendanceSettingsInput(
    bool RequirePhoto, bool CheckHomeArea, int LateToleranceMinutes, int MaxAccuracyMetres, int ClockGapMinutes,
    int PresenceRetentionDays, int LocationRetentionDays, int QrLifetimeSeconds)
{
    public static AttendanceSettingsInput From(AttendanceSettings s) => new(
        s.RequirePhoto, s.CheckHomeArea, s.LateToleranceMinutes, s.MaxAccuracyMetres, s.ClockGapMinutes,
        s.PresenceRetentionDays, s.LocationRetentionDays, s.QrLifetimeSeconds);

    public IEnumerable<Problem> Validate()
    {
        static Problem? Range(string field, int value, int min, int max, string unit) =>
            value < min || value > max ? new Problem(field, $"harus antara {min} dan {max} {unit}") : null;
        return new[]
        {
            Range(nameof(LateToleranceMinutes), LateToleranceMinutes, 0, 120, "menit"),
            Range(nameof(MaxAccuracyMetres), MaxAccuracyMetres, 10, 1000, "meter"),
            Range(nameof(ClockGapMinutes), ClockGapMinutes, 1, 1440, "menit"),
            Range(nameof(PresenceRetentionDays), PresenceRetentionDays, 14, 3650, "hari"),
            Range(nameof(LocationRetentionDays), LocationRetentionDays, 1, 3650, "hari"),
            Range(nameof(QrLifetimeSeconds), QrLifetimeSeconds, 15, 3600, "detik"),
        }.OfType<Problem>();
    }
}

/// <summary>Reads and saves the tenant's attendance settings: tenant admins only; a tenant without a row has the defaults.</summary>
public sealed class AttendanceSettingsService(SikerjaDbContext db, CurrentUser user, AttendanceTenants tenants)
{
    public async Task<CommandResult<AttendanceSettings>> GetAsync(CancellationToken ct)
    {
        if (user.TenantId is not { } tenantId || !user.IsTenantAdmin)
        {
            return CommandResult<AttendanceSettings>.Forbidden();
        }
        return CommandResult<AttendanceSettings>.Done(
            await db.AttendanceSettings.AsNoTracking().SingleOrDefaultAsync(ct) ?? new AttendanceSettings { TenantId = tenantId });
    }

    public async Task<CommandResult<AttendanceSettings>> SaveAsync(AttendanceSettingsInput input, CancellationToken ct)
    {
        if (user.TenantId is not { } tenantId || !user.IsTenantAdmin)
        {
            return CommandResult<AttendanceSettings>.Forbidden();
        }
        var problems = input.Validate().ToList();
        if (problems.Count > 0)
        {
            return CommandResult<AttendanceSettings>.Refused(problems);
        }
        var settings = await db.AttendanceSettings.SingleOrDefaultAsync(ct);
        if (settings is null)
        {
            settings = new AttendanceSettings { TenantId = tenantId };
            db.AttendanceSettings.Add(settings);
        }
        (settings.RequirePhoto, settings.CheckHomeArea, settings.LateToleranceMinutes, settings.MaxAccuracyMetres) =
            (input.RequirePhoto, input.CheckHomeArea, input.LateToleranceMinutes, input.MaxAccuracyMetres);
        (settings.ClockGapMinutes, settings.PresenceRetentionDays, settings.LocationRetentionDays, settings.QrLifetimeSeconds) =
            (input.ClockGapMinutes, input.PresenceRetentionDays, input.LocationRetentionDays, input.QrLifetimeSeconds);
        await db.SaveChangesAsync(ct);
        tenants.Forget(tenantId);
        return CommandResult<AttendanceSettings>.Done(settings);
    }
}
