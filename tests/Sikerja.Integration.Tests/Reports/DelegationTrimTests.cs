using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Sikerja.Data.Audit;
using Sikerja.Domain.People;
using Sikerja.Domain.Reports;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Reports;
using static Sikerja.Integration.Tests.Reports.ReportWorld;

namespace Sikerja.Integration.Tests.Reports;

/// <summary>
/// Delegations that have ended cost the review list nothing: it reads only those with a report waiting on their
/// dates, and the retention deletes those no report needs any more, after they have been kept long enough.
/// </summary>
public abstract class DelegationTrimTests(DatabaseFixture db) : DatabaseTest(db)
{
    private static readonly DateOnly January = new(2025, 1, 7);
    private static readonly DateOnly February = new(2025, 2, 4);
    private static readonly DateOnly March = new(2025, 3, 4);

    /// <summary>A delegation as the service stores it, of any dates (the service refuses ranges already past).</summary>
    private async Task<ReviewDelegation> DelegationAsync(ReportWorld w, Employee to, DateOnly from, DateOnly until, DateTime? revokedAt = null)
    {
        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        var delegation = new ReviewDelegation
        {
            TenantId = w.Tenant.Id, DelegatorId = w.Kabid.Id, DelegateId = to.Id, From = from, Until = until, Reason = "cuti",
            CreatedAt = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), RevokedAt = revokedAt,
        };
        scope.Db.ReviewDelegations.Add(delegation);
        await scope.Db.SaveChangesAsync();
        return delegation;
    }

    private async Task<HashSet<Guid>> RemainingAsync(ReportWorld w)
    {
        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        return [.. await scope.Db.ReviewDelegations.Select(d => d.Id).ToListAsync()];
    }

    [Fact]
    public async Task The_review_list_reads_only_the_delegations_with_a_report_waiting_on_their_dates()
    {
        var w = await CreateAsync(Db);
        var approved = await w.SubmittedAsync(Db, w.StaffA, January);
        Assert.True((await w.ReviewAsync(Db, w.Kabid, approved.Id, approve: true)).IsDone);
        var waiting = await w.SubmittedAsync(Db, w.StaffB, February);
        var friday = await w.SubmittedAsync(Db, w.StaffA, Friday);
        var ended = await DelegationAsync(w, w.Secretary, January.AddDays(-1), January.AddDays(3));
        var endedWaiting = await DelegationAsync(w, w.Secretary, February.AddDays(-1), February.AddDays(3));
        var current = await DelegationAsync(w, w.Secretary, Friday, Monday);
        // A delegation given to someone else adds nothing to the Sekretaris's list.
        await DelegationAsync(w, w.Head, February, February);

        await using (var scope = await Db.NewScope().AsAsync(w.AccountOf(w.Secretary)))
        {
            var rights = scope.Get<ReviewerRights>();
            Assert.Equal(3, (await rights.HeldAsync(CancellationToken.None)).Count);
            Assert.Equal(new HashSet<Guid> { endedWaiting.Id, current.Id }, (await rights.ShowingAsync(ReportStatus.Submitted, null, CancellationToken.None)).Select(d => d.Id).ToHashSet());
            Assert.Equal(current.Id, Assert.Single(await rights.ShowingAsync(ReportStatus.Submitted, Friday, CancellationToken.None)).Id);
            // A day's bulk approval reads the delegation covering that day.
            Assert.Equal(ended.Id, Assert.Single(await rights.ShowingAsync(ReportStatus.Submitted, January, CancellationToken.None)).Id);
        }
        var list = await w.ListAsync(Db, w.Secretary);
        Assert.Equal(new HashSet<Guid> { waiting.Id, friday.Id }, list.Items.Select(i => i.ReportId).ToHashSet());
        Assert.Equal(2, list.Total);

        // Once the February report is reviewed, its delegation no longer adds anything either.
        Assert.True((await w.ReviewAsync(Db, w.Secretary, waiting.Id, approve: true)).IsDone);
        await using (var scope = await Db.NewScope().AsAsync(w.AccountOf(w.Secretary)))
        {
            Assert.Equal(current.Id, Assert.Single(await scope.Get<ReviewerRights>().ShowingAsync(ReportStatus.Submitted, null, CancellationToken.None)).Id);
        }
        Assert.Equal(friday.Id, Assert.Single((await w.ListAsync(Db, w.Secretary)).Items).ReportId);
    }

    [Fact]
    public async Task Retention_deletes_what_no_report_needs_after_the_kept_days_and_audits_it()
    {
        var w = await CreateAsync(Db);
        var other = await CreateAsync(Db);
        var approved = await w.SubmittedAsync(Db, w.StaffA, January);
        Assert.True((await w.ReviewAsync(Db, w.Kabid, approved.Id, approve: true)).IsDone);
        await w.SubmittedAsync(Db, w.StaffB, February);
        var returned = await w.SubmittedAsync(Db, w.StaffA, March);
        Assert.True((await w.ReviewAsync(Db, w.Kabid, returned.Id, approve: false, "lengkapi keluaran")).IsDone);
        var clock = At(Monday, 9);
        var now = clock.GetUtcNow().UtcDateTime;

        var spent = await DelegationAsync(w, w.Secretary, January.AddDays(-1), January.AddDays(3));
        var waiting = await DelegationAsync(w, w.Secretary, February.AddDays(-1), February.AddDays(3));
        var toCorrect = await DelegationAsync(w, w.Secretary, March, March);
        var recent = await DelegationAsync(w, w.Secretary, Monday.AddDays(-DelegationRules.KeptDaysAfterEnd + 1), Monday.AddDays(-DelegationRules.KeptDaysAfterEnd + 1));
        var revokedLongAgo = await DelegationAsync(w, w.Head, Monday.AddDays(30), Monday.AddDays(40), revokedAt: now.AddDays(-DelegationRules.KeptDaysAfterEnd - 1));
        var revokedLately = await DelegationAsync(w, w.Head, Monday.AddDays(30), Monday.AddDays(40), revokedAt: now.AddDays(-1));
        var active = await DelegationAsync(w, w.Head, Friday, Monday.AddDays(10));
        var othersSpent = await DelegationAsync(other, other.Secretary, January, January);

        int deleted;
        await using (var scope = Db.NewScope())
        {
            var retention = new ReviewDelegationRetention(scope.Db, scope.Get<AuditActor>(), clock, NullLogger<ReviewDelegationRetention>.Instance);
            deleted = await retention.DeleteAsync(w.Tenant.Id, Monday, CancellationToken.None);
        }

        Assert.Equal(2, deleted);
        Assert.Equal(new HashSet<Guid> { waiting.Id, toCorrect.Id, recent.Id, revokedLately.Id, active.Id }, await RemainingAsync(w));
        Assert.Contains(othersSpent.Id, await RemainingAsync(other));
        await using (var scope = Db.NewScope().InTenant(w.Tenant.Id))
        {
            var trail = await scope.Db.AuditEntries.Where(a => a.TenantId == w.Tenant.Id && a.EntityType == nameof(ReviewDelegation) && a.Action == "Deleted")
                .Select(a => new { a.EntityId, a.ActorName }).ToListAsync();
            Assert.Equal(new HashSet<string> { spent.Id.ToString(), revokedLongAgo.Id.ToString() }, trail.Select(a => a.EntityId).ToHashSet());
            Assert.All(trail, a => Assert.Equal(ReviewDelegationRetention.Actor, a.ActorName));
        }

        // Approved, the February report lets its delegation go on the next run; nothing else changes.
        Assert.True((await w.ReviewAsync(Db, w.Secretary, (await ReportOfAsync(w, w.StaffB, February)).Id, approve: true)).IsDone);
        await using (var scope = Db.NewScope())
        {
            var retention = new ReviewDelegationRetention(scope.Db, scope.Get<AuditActor>(), clock, NullLogger<ReviewDelegationRetention>.Instance);
            Assert.Equal(1, await retention.DeleteAsync(w.Tenant.Id, Monday, CancellationToken.None));
        }
        Assert.DoesNotContain(waiting.Id, await RemainingAsync(w));
    }

    private async Task<DailyReport> ReportOfAsync(ReportWorld w, Employee who, DateOnly date)
    {
        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        return await scope.Db.DailyReports.AsNoTracking().SingleAsync(r => r.EmployeeId == who.Id && r.WorkDate == date);
    }

    public sealed class OnSqlite(SqliteFixture db) : DelegationTrimTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : DelegationTrimTests(db), IClassFixture<PostgresFixture>;
}
