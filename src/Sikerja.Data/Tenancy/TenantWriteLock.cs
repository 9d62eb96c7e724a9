using Microsoft.EntityFrameworkCore;

namespace Sikerja.Data.Tenancy;

/// <summary>
/// Serialises decisions of a tenant that read before they write, such as publishing a circular or a roster after
/// checking that nothing published overlaps it. A no-op update of the tenant's row holds that row's lock
/// (PostgreSQL) or the database's write lock (SQLite) until the surrounding transaction ends, so a second publisher
/// reads only after the first has committed.
/// </summary>
public static class TenantWriteLock
{
    /// <summary>Takes the lock; call it first inside a transaction.</summary>
    public static Task LockTenantAsync(this SikerjaDbContext db, Guid tenantId, CancellationToken ct) =>
        db.Tenants.Where(t => t.Id == tenantId).ExecuteUpdateAsync(s => s.SetProperty(t => t.Code, t => t.Code), ct);
}
