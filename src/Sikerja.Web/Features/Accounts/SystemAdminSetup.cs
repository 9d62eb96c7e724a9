using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Accounts;
using Sikerja.Domain.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Accounts;

/// <summary>System admins run the installation. A fresh installation has none until the first is created.</summary>
public sealed class SystemAdminSetup(SikerjaDbContext db, AccountService accounts)
{
    public Task<bool> AnyAsync(CancellationToken ct) =>
        db.RoleGrants.IgnoreQueryFilters().AnyAsync(g => g.Role == Role.SystemAdmin, ct);

    public async Task<CommandResult<AppUser>> CreateAsync(string userName, string password, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await accounts.CreateAsync(userName, userName, password, tenantId: null, employeeId: null, mustChangePassword: false);
        if (!created.IsDone)
        {
            return created;
        }
        var granted = await accounts.GrantAsync(created.Value!, Role.SystemAdmin, agencyId: null, ct);
        if (!granted.IsDone)
        {
            return CommandResult<AppUser>.Refused(granted.Problems);
        }
        await transaction.CommitAsync(ct);
        return created;
    }
}
