using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Accounts;
using Sikerja.Domain;
using Sikerja.Domain.Access;
using Sikerja.Domain.People;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Accounts;

/// <summary>A new account: for an employee (user name = NIP unless a non-ASN gets a chosen one), or, by a tenant admin, for someone without an employee record.</summary>
public sealed record NewAccountInput(Guid? EmployeeId, string? UserName = null, string? DisplayName = null);

public sealed record GrantInput(Role Role, Guid? AgencyId = null);

/// <summary>An account with a password made by the system: shown once to the admin, to be changed at first sign-in.</summary>
public sealed record IssuedPassword(AppUser Account, string Password);

/// <summary>
/// What admins do to the accounts of their tenant. Tenant admins: everything. Agency admins: create accounts
/// for, reset and unlock the employees of their agency who hold no rights; they grant nothing. Every change
/// lands in the audit trail (accounts and grants are audited on save).
/// </summary>
public sealed class AccountAdminService(
    SikerjaDbContext db, UserManager<AppUser> users, AccountService accounts, AccountAccess access, CurrentUser me)
{
    /// <summary>The lockout end of a disabled account: far enough to mean "until an admin unlocks it".</summary>
    public static readonly DateTimeOffset DisabledUntil = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public static readonly IReadOnlyList<Role> GrantableRoles = [Role.TenantAdmin, Role.AgencyAdmin, Role.Leadership, Role.HealthOfficer];

    public async Task<CommandResult<IssuedPassword>> CreateAsync(NewAccountInput input, CancellationToken ct)
    {
        if (!access.CanAdminister)
        {
            return CommandResult<IssuedPassword>.Forbidden();
        }
        string userName;
        string displayName;
        if (input.EmployeeId is { } employeeId)
        {
            var employee = await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Id == employeeId, ct);
            if (employee is null)
            {
                return CommandResult<IssuedPassword>.NotFound();
            }
            if (!await (await access.ManageableEmployeesAsync(ct)).AnyAsync(e => e.Id == employeeId, ct))
            {
                return CommandResult<IssuedPassword>.Forbidden();
            }
            var problems = await CheckEmployeeAsync(employee, input.UserName, ct);
            if (problems.Count > 0)
            {
                return CommandResult<IssuedPassword>.Refused(problems);
            }
            userName = string.IsNullOrWhiteSpace(input.UserName) ? employee.Nip : input.UserName.Trim();
            displayName = employee.Name;
        }
        else
        {
            var problems = CheckWithoutEmployee(input).ToList();
            if (problems.Count > 0)
            {
                return CommandResult<IssuedPassword>.Refused(problems);
            }
            userName = input.UserName!.Trim();
            displayName = input.DisplayName!.Trim();
        }
        var password = InitialPassword.Generate();
        var created = await accounts.CreateAsync(userName, displayName, password, me.TenantId, input.EmployeeId, mustChangePassword: true);
        return created.IsDone
            ? CommandResult<IssuedPassword>.Done(new IssuedPassword(created.Value!, password))
            : CommandResult<IssuedPassword>.Refused(created.Problems);
    }

    /// <summary>A new generated password, to be changed at the next sign-in; every open session and token ends.</summary>
    public async Task<CommandResult<IssuedPassword>> ResetPasswordAsync(Guid id, CancellationToken ct)
    {
        var (account, status) = await TargetAsync(id, ct);
        if (account is null)
        {
            return new CommandResult<IssuedPassword>(status, null, []);
        }
        var password = InitialPassword.Generate();
        account.MustChangePassword = true;
        // A reset renews the security stamp, which ends the account's sessions (see CurrentUserLoader).
        var token = await users.GeneratePasswordResetTokenAsync(account);
        var result = await users.ResetPasswordAsync(account, token, password);
        return result.Succeeded
            ? CommandResult<IssuedPassword>.Done(new IssuedPassword(account, password))
            : CommandResult<IssuedPassword>.Refused(AccountService.Problems(result));
    }

    /// <summary>Ends a lockout, whether after failed sign-ins or a disable.</summary>
    public async Task<CommandResult<AppUser>> UnlockAsync(Guid id, CancellationToken ct)
    {
        var (account, status) = await TargetAsync(id, ct);
        if (account is null)
        {
            return new CommandResult<AppUser>(status, null, []);
        }
        account.LockoutEnd = null;
        account.AccessFailedCount = 0;
        return Outcome(account, await users.UpdateAsync(account));
    }

    /// <summary>Disables an account until an admin unlocks it; its sessions end at once. Tenant admins only, never oneself.</summary>
    public async Task<CommandResult<AppUser>> LockAsync(Guid id, CancellationToken ct)
    {
        if (!access.CanGrant)
        {
            return CommandResult<AppUser>.Forbidden();
        }
        var account = await access.FindAsync(id, ct);
        if (account is null)
        {
            return CommandResult<AppUser>.NotFound();
        }
        if (account.Id == me.UserId)
        {
            return CommandResult<AppUser>.Refused("", "Anda tidak dapat mengunci akun Anda sendiri");
        }
        account.LockoutEnabled = true;
        account.LockoutEnd = DisabledUntil;
        return Outcome(account, await users.UpdateSecurityStampAsync(account));
    }

    public async Task<CommandResult<RoleGrant>> GrantAsync(Guid id, GrantInput input, CancellationToken ct)
    {
        if (!access.CanGrant)
        {
            return CommandResult<RoleGrant>.Forbidden();
        }
        var account = await access.FindAsync(id, ct);
        if (account is null)
        {
            return CommandResult<RoleGrant>.NotFound();
        }
        if (!GrantableRoles.Contains(input.Role))
        {
            return CommandResult<RoleGrant>.Refused("role", "peran ini tidak dapat diberikan oleh admin Pemda");
        }
        return await accounts.GrantAsync(account, input.Role, input.AgencyId, ct);
    }

    /// <summary>Takes a right back; nobody takes their own tenant admin right (so a tenant always keeps one).</summary>
    public async Task<CommandResult<AppUser>> RevokeAsync(Guid id, Guid grantId, CancellationToken ct)
    {
        if (!access.CanGrant)
        {
            return CommandResult<AppUser>.Forbidden();
        }
        var account = await access.FindAsync(id, ct);
        var grant = account is null ? null : await db.RoleGrants.SingleOrDefaultAsync(g => g.Id == grantId && g.UserId == account.Id, ct);
        if (account is null || grant is null)
        {
            return CommandResult<AppUser>.NotFound();
        }
        if (grant.Role == Role.TenantAdmin && account.Id == me.UserId)
        {
            return CommandResult<AppUser>.Refused("role", "Anda tidak dapat mencabut peran Admin Pemda Anda sendiri");
        }
        db.RoleGrants.Remove(grant);
        await db.SaveChangesAsync(ct);
        return CommandResult<AppUser>.Done(account);
    }

    /// <summary>
    /// The account a reset or unlock acts on. Agency admins never act on an account that holds rights: a reset
    /// would hand them its password.
    /// </summary>
    private async Task<(AppUser? Account, CommandStatus Status)> TargetAsync(Guid id, CancellationToken ct)
    {
        if (!access.CanAdminister)
        {
            return (null, CommandStatus.Forbidden);
        }
        var account = await access.FindAsync(id, ct);
        if (account is null)
        {
            return (null, CommandStatus.NotFound);
        }
        if (!me.IsTenantAdmin && await db.RoleGrants.AnyAsync(g => g.UserId == id, ct))
        {
            return (null, CommandStatus.Forbidden);
        }
        return (account, CommandStatus.Done);
    }

    private async Task<List<Problem>> CheckEmployeeAsync(Employee employee, string? chosenUserName, CancellationToken ct)
    {
        var problems = new List<Problem>();
        if (!employee.IsActive)
        {
            problems.Add(new Problem("employeeId", $"{employee.Name} tidak aktif lagi"));
        }
        if (await db.Users.AnyAsync(u => u.TenantId == employee.TenantId && u.EmployeeId == employee.Id, ct))
        {
            problems.Add(new Problem("employeeId", $"{employee.Name} sudah memiliki akun"));
        }
        if (employee.Employment != Employment.NonAsn && !string.IsNullOrWhiteSpace(chosenUserName) && chosenUserName.Trim() != employee.Nip)
        {
            problems.Add(new Problem("userName", "ASN masuk dengan NIP: nama pengguna akun ASN adalah NIP-nya"));
        }
        return problems;
    }

    private IEnumerable<Problem> CheckWithoutEmployee(NewAccountInput input)
    {
        if (!me.IsTenantAdmin)
        {
            yield return new Problem("employeeId", "pilih pegawai yang dibuatkan akun");
            yield break;
        }
        if (string.IsNullOrWhiteSpace(input.UserName))
        {
            yield return new Problem("userName", "nama pengguna wajib diisi untuk akun tanpa data pegawai");
        }
        if (string.IsNullOrWhiteSpace(input.DisplayName))
        {
            yield return new Problem("displayName", "nama wajib diisi untuk akun tanpa data pegawai");
        }
        else if (input.DisplayName.Trim().Length > 200)
        {
            yield return new Problem("displayName", "nama paling panjang 200 karakter");
        }
    }

    private static CommandResult<AppUser> Outcome(AppUser account, IdentityResult result) =>
        result.Succeeded ? CommandResult<AppUser>.Done(account) : CommandResult<AppUser>.Refused(AccountService.Problems(result));
}
