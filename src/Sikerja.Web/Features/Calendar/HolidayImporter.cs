using Sikerja.Data;
using Sikerja.Domain.Calendar;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Calendar;

/// <summary>
/// Imports a CSV or iCal file into the caller's calendar: a preview says what each date would become and lists
/// every problem by line; saving is all or nothing. The file travels with the request (no server state), so
/// the save may land on any node.
/// </summary>
public sealed class HolidayImporter(SikerjaDbContext db, CurrentUser user)
{
    public async Task<CommandResult<HolidayImportPlan>> PreviewAsync(HolidayFile file, CancellationToken ct)
    {
        if (!user.IsTenantAdmin || user.TenantId is not { } tenantId)
        {
            return CommandResult<HolidayImportPlan>.Forbidden();
        }
        return CommandResult<HolidayImportPlan>.Done(await HolidayPlanWriter.PlanAsync(db, tenantId, file.Read(), ct));
    }

    /// <summary>Saves every holiday of the file, or, when any line has a problem, nothing.</summary>
    public async Task<CommandResult<HolidayImportPlan>> SaveAsync(HolidayFile file, CancellationToken ct)
    {
        var preview = await PreviewAsync(file, ct);
        if (preview.Value is not { } plan)
        {
            return preview;
        }
        if (!plan.CanSave)
        {
            return CommandResult<HolidayImportPlan>.Refused(plan.Problems);
        }
        await HolidayPlanWriter.ApplyAsync(db, user.TenantId!.Value, plan, ct);
        await db.SaveChangesAsync(ct);
        return CommandResult<HolidayImportPlan>.Done(plan);
    }
}
