using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Accounts;
using Sikerja.Domain;
using Sikerja.Domain.Access;
using Sikerja.Domain.Tenants;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Accounts;
using Sikerja.Web.Features.Attendance;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Tenants;

/// <summary>A tenant as the system admin's list shows it.</summary>
public sealed record TenantSummary(Tenant Tenant, int ActiveEmployees, IReadOnlyList<TenantAdminAccount> Admins);

public sealed record TenantAdminAccount(Guid UserId, string UserName, string DisplayName, bool MustChangePassword);

/// <summary>An account made by an admin: the password is shown once and must be changed at the first sign-in.</summary>
public sealed record CreatedAccount(AppUser User, string InitialPassword);

/// <summary>
/// Tenants: the system admin lists and creates them and gives each its first tenant admin; a tenant admin
/// changes their own tenant's name, time zone and work week.
/// </summary>
public sealed class TenantService(
    SikerjaDbContext db, CurrentUser user, TenantSetup setup, AccountService accounts, UserManager<AppUser> users, AttendanceTenants attendance)
{
    public async Task<CommandResult<IReadOnlyList<TenantSummary>>> ListAsync(CancellationToken ct)
    {
        if (!user.IsSystemAdmin)
        {
            return CommandResult<IReadOnlyList<TenantSummary>>.Forbidden();
        }
        var tenants = await db.Tenants.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct);
        var employees = await db.Employees.IgnoreQueryFilters().Where(e => e.IsActive)
            .GroupBy(e => e.TenantId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var admins = (await AdminsAsync(null, ct)).ToLookup(a => a.TenantId, a => a.Account);
        return CommandResult<IReadOnlyList<TenantSummary>>.Done(
            [.. tenants.Select(t => new TenantSummary(t, employees.GetValueOrDefault(t.Id), [.. admins[t.Id]]))]);
    }

    public async Task<CommandResult<TenantSummary>> GetAsync(Guid id, CancellationToken ct)
    {
        if (!user.IsSystemAdmin)
        {
            return CommandResult<TenantSummary>.Forbidden();
        }
        var tenant = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct);
        if (tenant is null)
        {
            return CommandResult<TenantSummary>.NotFound();
        }
        var employees = await db.Employees.IgnoreQueryFilters().CountAsync(e => e.TenantId == id && e.IsActive, ct);
        var admins = await AdminsAsync(id, ct);
        return CommandResult<TenantSummary>.Done(new TenantSummary(tenant, employees, [.. admins.Select(a => a.Account)]));
    }

    public async Task<CommandResult<Tenant>> CreateAsync(TenantInput input, CancellationToken ct) =>
        user.IsSystemAdmin ? await setup.CreateAsync(input, ct) : CommandResult<Tenant>.Forbidden();

    /// <summary>Creates a tenant admin account with a generated password that must be changed at the first sign-in.</summary>
    public async Task<CommandResult<CreatedAccount>> CreateAdminAsync(Guid tenantId, string? userName, string? displayName, CancellationToken ct)
    {
        if (!user.IsSystemAdmin)
        {
            return CommandResult<CreatedAccount>.Forbidden();
        }
        if (!await db.Tenants.AnyAsync(t => t.Id == tenantId, ct))
        {
            return CommandResult<CreatedAccount>.NotFound();
        }
        var name = userName?.Trim() ?? "";
        var problems = new List<Problem>();
        if (name.Length == 0)
        {
            problems.Add(new Problem("userName", "nama pengguna wajib diisi"));
        }
        else if (name.Length > 64 || name.Any(c => !users.Options.User.AllowedUserNameCharacters.Contains(c, StringComparison.Ordinal)))
        {
            problems.Add(new Problem("userName", "nama pengguna paling panjang 64 karakter: huruf, angka, '-', '.', '_', '@' atau '+', tanpa spasi"));
        }
        else if (await users.FindByNameAsync(name) is not null)
        {
            problems.Add(new Problem("userName", $"nama pengguna '{name}' sudah dipakai"));
        }
        if (string.IsNullOrWhiteSpace(displayName))
        {
            problems.Add(new Problem("displayName", "nama lengkap wajib diisi"));
        }
        else if (displayName.Trim().Length > 200)
        {
            problems.Add(new Problem("displayName", "nama lengkap paling panjang 200 karakter"));
        }
        if (problems.Count > 0)
        {
            return CommandResult<CreatedAccount>.Refused(problems);
        }
        var password = InitialPassword.Generate();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await accounts.CreateAsync(name, displayName!.Trim(), password, tenantId, employeeId: null, mustChangePassword: true);
        if (created.Value is not { } account)
        {
            return CommandResult<CreatedAccount>.Refused(created.Problems);
        }
        var granted = await accounts.GrantAsync(account, Role.TenantAdmin, agencyId: null, ct);
        if (!granted.IsDone)
        {
            return CommandResult<CreatedAccount>.Refused(granted.Problems);
        }
        await transaction.CommitAsync(ct);
        return CommandResult<CreatedAccount>.Done(new CreatedAccount(account, password));
    }

    /// <summary>The caller's own tenant.</summary>
    public async Task<Tenant?> CurrentAsync(CancellationToken ct) =>
        user.TenantId is { } id ? await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct) : null;

    public async Task<CommandResult<Tenant>> UpdateSettingsAsync(TenantSettingsInput input, CancellationToken ct)
    {
        if (!user.IsTenantAdmin || user.TenantId is not { } id)
        {
            return CommandResult<Tenant>.Forbidden();
        }
        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (tenant is null)
        {
            return CommandResult<Tenant>.NotFound();
        }
        var problems = input.Validate().ToList();
        if (problems.Count > 0)
        {
            return CommandResult<Tenant>.Refused(problems);
        }
        tenant.Name = input.Name.Trim();
        tenant.TimeZoneId = input.TimeZoneId;
        tenant.WorkWeek = input.WorkWeek;
        await db.SaveChangesAsync(ct);
        // Check-ins on this node judge by the new zone at once (other nodes within AttendanceTenants.Freshness).
        attendance.Forget(id);
        return CommandResult<Tenant>.Done(tenant);
    }

    private async Task<List<(Guid TenantId, TenantAdminAccount Account)>> AdminsAsync(Guid? tenantId, CancellationToken ct)
    {
        var rows = await (
                from g in db.RoleGrants
                join u in db.Users on g.UserId equals u.Id
                where g.Role == Role.TenantAdmin && g.TenantId != null && (tenantId == null || g.TenantId == tenantId)
                orderby u.UserName
                select new { TenantId = g.TenantId!.Value, u.Id, u.UserName, u.DisplayName, u.MustChangePassword })
            .AsNoTracking().ToListAsync(ct);
        return rows.ConvertAll(r => (r.TenantId, new TenantAdminAccount(r.Id, r.UserName ?? "", r.DisplayName, r.MustChangePassword)));
    }
}
