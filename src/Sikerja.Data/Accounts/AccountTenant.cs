using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Sikerja.Data.Accounts;

/// <summary>Gives new account records the tenant of their account before they are saved.</summary>
internal static class AccountTenant
{
    public static void Fill(ChangeTracker tracker, DbSet<AppUser> users)
    {
        foreach (var entry in tracker.Entries<IAccountRecord>().Where(e => e.State == EntityState.Added && e.Entity.TenantId is null))
        {
            var userId = entry.Entity.UserId;
            // Identity has the account loaded whenever it adds one of these; the query is only a fallback.
            entry.Entity.TenantId = users.Local.FirstOrDefault(u => u.Id == userId)?.TenantId
                ?? users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.TenantId).FirstOrDefault();
        }
    }
}
