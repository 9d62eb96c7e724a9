using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Accounts;
using Sikerja.Domain;
using Sikerja.Domain.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Accounts;

/// <summary>Accounts and their rights: creating them, resetting passwords and granting roles.</summary>
public sealed class AccountService(SikerjaDbContext db, UserManager<AppUser> users)
{
    /// <summary>Creates an account; with <paramref name="mustChangePassword"/> the first sign-in asks for a new password.</summary>
    public async Task<CommandResult<AppUser>> CreateAsync(
        string userName, string displayName, string password, Guid? tenantId, Guid? employeeId, bool mustChangePassword)
    {
        var user = new AppUser
        {
            UserName = userName.Trim(),
            DisplayName = displayName,
            TenantId = tenantId,
            EmployeeId = employeeId,
            MustChangePassword = mustChangePassword,
            LockoutEnabled = true,
        };
        var result = await users.CreateAsync(user, password);
        return result.Succeeded ? CommandResult<AppUser>.Done(user) : CommandResult<AppUser>.Refused(Problems(result));
    }

    /// <summary>Gives a right; agency admins name their agency, which must be a top-level unit of the same tenant.</summary>
    public async Task<CommandResult<RoleGrant>> GrantAsync(AppUser user, Role role, Guid? agencyId, CancellationToken ct)
    {
        if (role == Role.SystemAdmin ? user.TenantId is not null : user.TenantId is null)
        {
            return CommandResult<RoleGrant>.Refused("role", "peran ini tidak cocok dengan akun tersebut");
        }
        if (role == Role.AgencyAdmin)
        {
            var agency = await db.OrgUnits.IgnoreQueryFilters()
                .AnyAsync(u => u.Id == agencyId && u.TenantId == user.TenantId && u.ParentId == null && !u.IsClosed, ct);
            if (!agency)
            {
                return CommandResult<RoleGrant>.Refused("agencyId", "admin OPD harus diberi satu perangkat daerah (unit teratas) yang aktif");
            }
        }
        else if (agencyId is not null)
        {
            return CommandResult<RoleGrant>.Refused("agencyId", "hanya admin OPD yang diberi perangkat daerah");
        }
        var exists = await db.RoleGrants.AnyAsync(g => g.UserId == user.Id && g.Role == role && g.AgencyId == agencyId, ct);
        if (exists)
        {
            return CommandResult<RoleGrant>.Refused("role", "peran ini sudah diberikan");
        }
        var grant = new RoleGrant { UserId = user.Id, TenantId = user.TenantId, Role = role, AgencyId = agencyId };
        db.RoleGrants.Add(grant);
        await db.SaveChangesAsync(ct);
        return CommandResult<RoleGrant>.Done(grant);
    }

    internal static IEnumerable<Problem> Problems(IdentityResult result) =>
        result.Errors.Select(e => new Problem(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "userName", e.Description));
}
