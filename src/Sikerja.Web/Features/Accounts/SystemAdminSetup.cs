using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Accounts;
using Sikerja.Data.Audit;
using Sikerja.Domain.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Accounts;

/// <summary>System admins run the installation. A fresh installation has none until the first is created.</summary>
public sealed class SystemAdminSetup(SikerjaDbContext db, AccountService accounts, AuditActor actor)
{
    public Task<bool> AnyAsync(CancellationToken ct) =>
        db.RoleGrants.IgnoreQueryFilters().AnyAsync(g => g.Role == Role.SystemAdmin, ct);

    /// <summary>Another system admin, at any time (the command line).</summary>
    public Task<CommandResult<AppUser>> CreateAsync(string userName, string password, CancellationToken ct) =>
        CreateInTransactionAsync(userName, password, onlyTheFirst: false, ct);

    /// <summary>
    /// The first system admin of a fresh installation (the anonymous setup page): refused once one exists,
    /// also when two setups race (the check is repeated inside a serializable transaction).
    /// </summary>
    public async Task<CommandResult<AppUser>> CreateFirstAsync(string userName, string password, CancellationToken ct)
    {
        if (actor.UserId is null)
        {
            actor.Set(null, "penyiapan awal");
        }
        try
        {
            return await CreateInTransactionAsync(userName, password, onlyTheFirst: true, ct);
        }
        catch (Exception e) when (FromDatabase(e))
        {
            // PostgreSQL aborts the loser of a race (serialization failure); whatever the cause, the change is gone.
            db.ChangeTracker.Clear();
            if (!await AnyAsync(ct))
            {
                throw;
            }
            return AlreadySetUp();
        }
    }

    private async Task<CommandResult<AppUser>> CreateInTransactionAsync(string userName, string password, bool onlyTheFirst, CancellationToken ct)
    {
        // Serializable: BEGIN IMMEDIATE on SQLite (one writer at a time), SSI on PostgreSQL.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
        if (onlyTheFirst && await AnyAsync(ct))
        {
            return AlreadySetUp();
        }
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

    /// <summary>EF Core wraps a transient failure (such as a serialization failure) in an InvalidOperationException.</summary>
    private static bool FromDatabase(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is DbException or DbUpdateException)
            {
                return true;
            }
        }
        return false;
    }

    private static CommandResult<AppUser> AlreadySetUp() =>
        CommandResult<AppUser>.Refused("", "instalasi ini sudah memiliki admin sistem; penyiapan awal tidak tersedia lagi");
}
