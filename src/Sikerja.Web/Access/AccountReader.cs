using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Batching;
using Sikerja.Data.Querying;
using Sikerja.Domain.Access;

namespace Sikerja.Web.Access;

/// <summary>
/// Reads accounts with their grants for <see cref="CurrentUserLoader"/>, on every request. Concurrent requests share
/// one statement (<see cref="Coalescer{TRequest, TResult}"/>): at the morning peak thousands of phones check in within
/// minutes, and a round trip each would be most of the database's work. A batch starts only after its requests
/// arrived, so what it reads is never older than the request.
/// </summary>
public sealed class AccountReader : IAsyncDisposable
{
    public const int MaxBatch = 128;

    private static readonly PerModelQuery<Func<SikerjaDbContext, Guid[], IAsyncEnumerable<AccountRow>>> AccountsQuery = new(() => EF.CompileAsyncQuery(
        (SikerjaDbContext db, Guid[] ids) => db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new AccountRow
            {
                Id = u.Id,
                DisplayName = u.DisplayName,
                TenantId = u.TenantId,
                EmployeeId = u.EmployeeId,
                LockoutEnd = u.LockoutEnd,
                MustChangePassword = u.MustChangePassword,
                SecurityStamp = u.SecurityStamp,
                Grants = db.RoleGrants.Where(g => g.UserId == u.Id && g.TenantId == u.TenantId).Select(g => new GrantRow(g.Role, g.AgencyId)).ToList(),
            })));

    private readonly IDbContextFactory<SikerjaDbContext> _contexts;
    private readonly Coalescer<Guid, AccountRow?> _batches;

    public AccountReader(IDbContextFactory<SikerjaDbContext> contexts)
    {
        _contexts = contexts;
        _batches = new Coalescer<Guid, AccountRow?>(ReadAsync, MaxBatch);
    }

    /// <summary>The account and its grants in its own tenant; null when there is no such account.</summary>
    public Task<AccountRow?> ReadAsync(Guid userId) => _batches.RunAsync(userId);

    public ValueTask DisposeAsync() => _batches.DisposeAsync();

    private async Task<IReadOnlyList<AccountRow?>> ReadAsync(IReadOnlyList<Guid> userIds)
    {
        // Unbound: accounts are read before the request knows its tenant; the grants are those of the account's tenant.
        await using var db = await _contexts.CreateDbContextAsync();
        var rows = new Dictionary<Guid, AccountRow>(userIds.Count);
        await foreach (var row in AccountsQuery.For(db)(db, [.. userIds.Distinct()]))
        {
            rows[row.Id] = row;
        }
        return [.. userIds.Select(id => rows.GetValueOrDefault(id))];
    }

    public sealed class AccountRow
    {
        public Guid Id { get; init; }
        public string DisplayName { get; init; } = "";
        public Guid? TenantId { get; init; }
        public Guid? EmployeeId { get; init; }
        public DateTimeOffset? LockoutEnd { get; init; }
        public bool MustChangePassword { get; init; }
        public string? SecurityStamp { get; init; }
        public List<GrantRow> Grants { get; init; } = [];
    }

    public sealed record GrantRow(Role Role, Guid? AgencyId);
}
