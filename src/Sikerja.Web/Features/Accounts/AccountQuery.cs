using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Accounts;
using Sikerja.Domain.Access;
using Sikerja.Domain.People;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Accounts;

public sealed record GrantRow(Guid Id, Role Role, Guid? AgencyId, string? AgencyName);

/// <summary>An account as admins see it: who, which rights, and its state (locked, disabled, second factor, forced change).</summary>
public sealed record AccountRow(
    Guid Id, string UserName, string DisplayName, Guid? EmployeeId, string? Nip, string? UnitName, IReadOnlyList<GrantRow> Grants,
    bool IsLockedOut, bool IsDisabled, DateTimeOffset? LockedUntil, bool TwoFactorEnabled, bool MustChangePassword);

public sealed record AccountPage(IReadOnlyList<AccountRow> Rows, int Total, int Page, int PageSize);

/// <summary>An employee without an account, to create one for.</summary>
public sealed record AccountCandidate(Guid EmployeeId, string Nip, string Name, Employment Employment, string UnitName);

/// <summary>Finding accounts within the caller's administration, and one's own account.</summary>
public sealed class AccountQuery(SikerjaDbContext db, AccountAccess access, CurrentUser me, TimeProvider time)
{
    public const int PageSize = 50;

    /// <summary>Accounts by user name (NIP) or name; null when the caller administers no accounts.</summary>
    public async Task<AccountPage?> SearchAsync(string? term, int page, CancellationToken ct)
    {
        if (!access.CanAdminister)
        {
            return null;
        }
        page = Math.Max(1, page);
        var query = (await access.ManageableAsync(ct)).AsNoTracking();
        if (term?.Trim() is { Length: > 0 } t)
        {
            var upper = t.ToUpperInvariant();
            var name = LikePattern.Containing(t.ToLowerInvariant());
            query = query.Where(u => u.NormalizedUserName!.Contains(upper) || EF.Functions.Like(u.DisplayName.ToLower(), name, LikePattern.Escape));
        }
        var total = await query.CountAsync(ct);
        var accounts = await query.OrderBy(u => u.DisplayName).ThenBy(u => u.UserName).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new AccountPage(await RowsAsync(accounts, ct), total, page, PageSize);
    }

    /// <summary>One account the caller administers; null for any other id (another tenant's, another agency's).</summary>
    public async Task<AccountRow?> FindAsync(Guid id, CancellationToken ct)
    {
        var account = await (await access.ManageableAsync(ct)).AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
        return account is null ? null : (await RowsAsync([account], ct))[0];
    }

    public async Task<AccountRow?> OwnAsync(CancellationToken ct)
    {
        var account = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == me.UserId, ct);
        return account is null ? null : (await RowsAsync([account], ct))[0];
    }

    /// <summary>Active employees the caller may create an account for who have none yet, by name or NIP.</summary>
    public async Task<IReadOnlyList<AccountCandidate>> CandidatesAsync(string? term, int limit, CancellationToken ct)
    {
        var tenant = me.TenantId;
        var employees = (await access.ManageableEmployeesAsync(ct)).AsNoTracking().Matching(term ?? "")
            .Where(e => e.IsActive && !db.Users.Any(u => u.TenantId == tenant && u.EmployeeId == e.Id));
        return await (
                from e in employees
                join u in db.OrgUnits on e.UnitId equals u.Id
                orderby e.Name, e.Nip
                select new AccountCandidate(e.Id, e.Nip, e.Name, e.Employment, u.Name))
            .Take(limit)
            .ToListAsync(ct);
    }

    /// <summary>Active top-level units: the agencies an agency admin can be given.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> AgenciesAsync(CancellationToken ct) =>
        (await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == null && !u.IsClosed).OrderBy(u => u.Name)
            .Select(u => new { u.Id, u.Name }).ToListAsync(ct))
        .ConvertAll(u => (u.Id, u.Name));

    private async Task<List<AccountRow>> RowsAsync(IReadOnlyList<AppUser> accounts, CancellationToken ct)
    {
        var ids = accounts.Select(a => a.Id).ToList();
        var employeeIds = accounts.Where(a => a.EmployeeId is not null).Select(a => a.EmployeeId!.Value).ToList();
        var employees = await (
                from e in db.Employees.AsNoTracking()
                join u in db.OrgUnits on e.UnitId equals u.Id
                where employeeIds.Contains(e.Id)
                select new { e.Id, e.Nip, UnitName = u.Name })
            .ToDictionaryAsync(e => e.Id, ct);
        var grants = await (
                from g in db.RoleGrants.AsNoTracking()
                where ids.Contains(g.UserId)
                join u in db.OrgUnits on g.AgencyId equals u.Id into agencies
                from a in agencies.DefaultIfEmpty()
                orderby g.Role
                select new { g.UserId, Row = new GrantRow(g.Id, g.Role, g.AgencyId, a == null ? null : a.Name) })
            .ToListAsync(ct);
        var now = time.GetUtcNow();
        return accounts.Select(a =>
        {
            var employee = a.EmployeeId is { } e && employees.TryGetValue(e, out var found) ? found : null;
            var lockedOut = a.LockoutEnd > now;
            return new AccountRow(
                a.Id, a.UserName ?? "", a.DisplayName, a.EmployeeId, employee?.Nip, employee?.UnitName,
                grants.Where(g => g.UserId == a.Id).Select(g => g.Row).ToList(),
                lockedOut, lockedOut && a.LockoutEnd >= AccountAdminService.DisabledUntil, lockedOut ? a.LockoutEnd : null,
                a.TwoFactorEnabled, a.MustChangePassword);
        }).ToList();
    }
}
