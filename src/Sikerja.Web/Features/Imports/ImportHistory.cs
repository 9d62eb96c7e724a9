using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Imports;
using Sikerja.Domain.Calendar;

namespace Sikerja.Web.Features.Imports;

public sealed record ImportHistoryRow(
    Guid Id, string FileName, DateTime CreatedAt, string CreatedBy, int UnitRows, int EmployeeRows, int ProblemCount, ImportStatus Status, DateTime? CommittedAt);

/// <summary>The recent import batches the caller may see: the whole tenant's for tenant admins, their own for agency admins.</summary>
public sealed class ImportHistory(SikerjaDbContext db, ImportActor actor, TimeProvider time)
{
    public async Task<IReadOnlyList<ImportHistoryRow>> RecentAsync(int count, CancellationToken ct)
    {
        if (!actor.MayImport)
        {
            return [];
        }
        var batches = actor.WholeTenant ? db.ImportBatches : db.ImportBatches.Where(b => b.CreatedBy == actor.UserId);
        return await (
            from b in batches.AsNoTracking()
            join u in db.Users on b.CreatedBy equals u.Id into creators
            from u in creators.DefaultIfEmpty()
            orderby b.CreatedAt descending
            select new ImportHistoryRow(b.Id, b.FileName, b.CreatedAt, u == null ? "cli" : u.DisplayName, b.UnitRows, b.EmployeeRows, b.ProblemCount, b.Status, b.CommittedAt))
            .Take(count)
            .ToListAsync(ct);
    }

    /// <summary>The tenant's clock, to show a batch's times in the tenant's zone.</summary>
    public async Task<TenantClock> ClockAsync(CancellationToken ct)
    {
        var zone = await db.Tenants.Where(t => t.Id == actor.TenantId).Select(t => t.TimeZoneId).SingleAsync(ct);
        return new TenantClock(time, zone);
    }
}
