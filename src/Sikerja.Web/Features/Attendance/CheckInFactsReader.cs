using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Batching;
using Sikerja.Data.Querying;
using Sikerja.Data.Rosters;
using Sikerja.Domain.Rosters;

namespace Sikerja.Web.Features.Attendance;

/// <summary>
/// Reads what judging a check-in needs of its employee (<see cref="CheckInFacts"/>). Concurrent check-ins share one
/// statement per tenant and work date (<see cref="Coalescer{TRequest, TResult}"/>), as their inserts share a commit
/// (<see cref="CheckInWriter"/>). A batch starts only after its requests arrived, so it never reads a roster older
/// than the request.
/// </summary>
public sealed class CheckInFactsReader : IAsyncDisposable
{
    public const int MaxBatch = 128;

    /// <summary>
    /// Compiled once per model: each employee's unit and its path, home area, and published roster entries of the work
    /// date (one, two after a move between agencies), so no product of collections comes back. Tenants are named
    /// explicitly, as the batch is not bound to one.
    /// </summary>
    private static readonly PerModelQuery<Func<SikerjaDbContext, Guid, Guid[], DateOnly, IAsyncEnumerable<CheckInFacts>>> FactsQuery = new(() => EF.CompileAsyncQuery(
        (SikerjaDbContext db, Guid tenantId, Guid[] employeeIds, DateOnly workDate) =>
            from e in db.Employees.IgnoreQueryFilters().AsNoTracking()
            join u in db.OrgUnits on e.UnitId equals u.Id
            where e.TenantId == tenantId && employeeIds.Contains(e.Id) && e.IsActive
            select new CheckInFacts
            {
                EmployeeId = e.Id,
                UnitId = e.UnitId,
                UnitPath = u.Path,
                HomeArea = db.HomeAreas.FirstOrDefault(h => h.EmployeeId == e.Id),
                Entries = (
                        from r in db.RosterEntries
                        join p in db.RosterPlans on r.PlanId equals p.Id
                        where r.EmployeeId == e.Id && r.Date == workDate && p.Status == RosterStatus.Published
                        select new EntryFact(r.Date, r.Mode, r.ShiftMask, r.PlanId, p.PublishedAt))
                    .ToList(),
            }));

    private readonly IDbContextFactory<SikerjaDbContext> _contexts;
    private readonly Coalescer<FactsKey, CheckInFacts?> _batches;

    public CheckInFactsReader(IDbContextFactory<SikerjaDbContext> contexts)
    {
        _contexts = contexts;
        _batches = new Coalescer<FactsKey, CheckInFacts?>(ReadAsync, MaxBatch);
    }

    /// <summary>The facts of an active employee of the tenant on the work date; null for anyone else.</summary>
    internal Task<CheckInFacts?> ReadAsync(Guid tenantId, Guid employeeId, DateOnly workDate) =>
        _batches.RunAsync(new FactsKey(tenantId, employeeId, workDate));

    public ValueTask DisposeAsync() => _batches.DisposeAsync();

    private async Task<IReadOnlyList<CheckInFacts?>> ReadAsync(IReadOnlyList<FactsKey> keys)
    {
        await using var db = await _contexts.CreateDbContextAsync();
        var found = new Dictionary<FactsKey, CheckInFacts>(keys.Count);
        foreach (var group in keys.GroupBy(k => (k.TenantId, k.WorkDate)))
        {
            var (tenantId, workDate) = group.Key;
            await foreach (var facts in FactsQuery.For(db)(db, tenantId, [.. group.Select(k => k.EmployeeId).Distinct()], workDate))
            {
                found[new FactsKey(tenantId, facts.EmployeeId, workDate)] = facts;
            }
        }
        return [.. keys.Select(k => found.GetValueOrDefault(k))];
    }

    private sealed record FactsKey(Guid TenantId, Guid EmployeeId, DateOnly WorkDate);
}
