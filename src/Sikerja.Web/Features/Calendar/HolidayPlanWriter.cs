using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Calendar;

namespace Sikerja.Web.Features.Calendar;

/// <summary>Plans and applies an import of holidays into one tenant's calendar (saved by the caller, in one go).</summary>
public static class HolidayPlanWriter
{
    /// <summary>Compares the file with the tenant's holidays on the same dates.</summary>
    public static async Task<HolidayImportPlan> PlanAsync(SikerjaDbContext db, Guid tenantId, HolidayFileReading reading, CancellationToken ct)
    {
        var dates = reading.Rows.Select(r => r.Date).Distinct().ToList();
        var existing = await db.Holidays.IgnoreQueryFilters().AsNoTracking()
            .Where(h => h.TenantId == tenantId && dates.Contains(h.Date))
            .ToDictionaryAsync(h => h.Date, h => new HolidayEntry(h.Date, h.Name, h.Kind), ct);
        return HolidayImportPlan.Build(reading, existing);
    }

    /// <summary>Adds and updates the planned holidays in the context; nothing is written until SaveChanges.</summary>
    public static async Task ApplyAsync(SikerjaDbContext db, Guid tenantId, HolidayImportPlan plan, CancellationToken ct)
    {
        var updates = plan.Holidays.Where(h => h.Change == HolidayChange.Update).ToDictionary(h => h.Date);
        var dates = updates.Keys.ToList();
        foreach (var holiday in await db.Holidays.IgnoreQueryFilters().Where(h => h.TenantId == tenantId && dates.Contains(h.Date)).ToListAsync(ct))
        {
            holiday.Name = updates[holiday.Date].Name;
            holiday.Kind = updates[holiday.Date].Kind;
        }
        db.Holidays.AddRange(plan.Holidays.Where(h => h.Change == HolidayChange.Add)
            .Select(h => new Holiday { TenantId = tenantId, Date = h.Date, Name = h.Name, Kind = h.Kind }));
    }
}
