using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Reports;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Reports;

/// <summary>The tenant's report settings as a form or the API holds them.</summary>
public sealed record ReportSettingsInput(int DeadlineWorkingDays, TimeOnly DeadlineTime, TimeOnly ReminderTime);

/// <summary>Reads and saves the tenant's report settings (deadline, reminder time): tenant admins only; changes are audited.</summary>
public sealed class ReportSettingsService(SikerjaDbContext db, CurrentUser user)
{
    public async Task<CommandResult<ReportSettings>> GetAsync(CancellationToken ct)
    {
        if (user.TenantId is not { } tenantId || !user.IsTenantAdmin)
        {
            return CommandResult<ReportSettings>.Forbidden();
        }
        return CommandResult<ReportSettings>.Done(await db.ReportSettings.AsNoTracking().SingleOrDefaultAsync(ct) ?? new ReportSettings { TenantId = tenantId });
    }

    public async Task<CommandResult<ReportSettings>> SaveAsync(ReportSettingsInput input, CancellationToken ct)
    {
        if (user.TenantId is not { } tenantId || !user.IsTenantAdmin)
        {
            return CommandResult<ReportSettings>.Forbidden();
        }
        var candidate = new ReportSettings
        {
            TenantId = tenantId, DeadlineWorkingDays = input.DeadlineWorkingDays, DeadlineTime = input.DeadlineTime, ReminderTime = input.ReminderTime,
        };
        var problems = ReportSettingsRules.Validate(candidate).ToList();
        if (problems.Count > 0)
        {
            return CommandResult<ReportSettings>.Refused(problems);
        }
        var settings = await db.ReportSettings.SingleOrDefaultAsync(ct);
        if (settings is null)
        {
            db.ReportSettings.Add(settings = candidate);
        }
        else
        {
            (settings.DeadlineWorkingDays, settings.DeadlineTime, settings.ReminderTime) = (input.DeadlineWorkingDays, input.DeadlineTime, input.ReminderTime);
        }
        await db.SaveChangesAsync(ct);
        return CommandResult<ReportSettings>.Done(settings);
    }
}
