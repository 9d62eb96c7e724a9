using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.People;
using Sikerja.Domain.Reports;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Reports;
using Sikerja.Web.Features.Shared;
using static Sikerja.Integration.Tests.Reports.ReportWorld;

namespace Sikerja.Integration.Tests.Reports;

/// <summary>A delegation gives review of the delegator's team on its dates only, and no longer once revoked.</summary>
public abstract class ReviewDelegationTests(DatabaseFixture db) : DatabaseTest(db)
{
    private static Task<CommandResult<ReviewDelegation>> DelegateAsync(ReportWorld w, DatabaseFixture db, Employee from, DelegationInput input) =>
        w.AsAsync<ReviewDelegationService, CommandResult<ReviewDelegation>>(db, from, At(Thursday, 8), s => s.CreateAsync(input, CancellationToken.None));

    [Fact]
    public async Task A_delegate_reviews_the_team_on_the_covered_dates_until_the_delegation_is_revoked()
    {
        var w = await CreateAsync(Db);
        var thursday = await w.SubmittedAsync(Db, w.StaffA, Thursday);
        var friday = await w.SubmittedAsync(Db, w.StaffA, Friday);
        var fridayB = await w.SubmittedAsync(Db, w.StaffB, Friday);
        var outside = await w.SubmittedAsync(Db, w.Secretary, Friday);

        var given = await DelegateAsync(w, Db, w.Kabid, new DelegationInput(w.Secretary.Nip, Friday, Monday, "cuti tahunan"));
        Assert.True(given.IsDone, string.Join("; ", given.Problems));
        var list = await w.ListAsync(Db, w.Secretary);
        Assert.Equal(new HashSet<Guid> { friday.Id, fridayB.Id }, list.Items.Select(i => i.ReportId).ToHashSet());
        Assert.DoesNotContain(outside.Id, list.Items.Select(i => i.ReportId));

        Assert.True((await w.ReviewAsync(Db, w.Secretary, friday.Id, approve: true)).IsDone);
        Assert.Equal(CommandStatus.NotFound, (await w.ReviewAsync(Db, w.Secretary, thursday.Id, approve: true)).Status);
        Assert.Equal("laporan sendiri tidak dapat ditinjau sendiri", Assert.Single((await w.ReviewAsync(Db, w.Secretary, outside.Id, approve: true)).Problems).Message);
        Assert.Equal(w.Secretary.Id, (await w.StoredAsync(Db, friday.Id)).ReviewedBy);

        // The superior keeps reviewing meanwhile.
        var kabidList = (await w.ListAsync(Db, w.Kabid)).Items;
        Assert.True(kabidList.Count == 2, string.Join("; ", kabidList.Select(i => $"{i.EmployeeName} {i.WorkDate}")));

        var revoked = await w.AsAsync<ReviewDelegationService, CommandResult<ReviewDelegation>>(Db, w.Kabid, At(Monday, 8), s => s.RevokeAsync(given.Value!.Id, CancellationToken.None));
        Assert.NotNull(revoked.Value!.RevokedAt);
        Assert.Empty((await w.ListAsync(Db, w.Secretary)).Items);
        Assert.Equal(CommandStatus.NotFound, (await w.ReviewAsync(Db, w.Secretary, fridayB.Id, approve: true)).Status);
        var bulk = await w.AsAsync<ReportReviewService, CommandResult<BulkApproval>>(Db, w.Secretary, At(Monday, 9), s => s.ApproveDayAsync(Friday, CancellationToken.None));
        Assert.Equal(0, bulk.Value!.Approved);
        Assert.Equal(ReportStatus.Submitted, (await w.StoredAsync(Db, fridayB.Id)).Status);

        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        Assert.True(await scope.Db.Notifications.AnyAsync(n => n.EmployeeId == w.Secretary.Id && n.Title == "Delegasi peninjauan laporan"));
        var audit = await scope.Db.AuditEntries.Where(a => a.TenantId == w.Tenant.Id && a.EntityType == nameof(ReviewDelegation)).Select(a => a.Action).ToListAsync();
        Assert.Equal(["Created", "Updated"], audit.Order());
    }

    [Fact]
    public async Task Only_a_superior_delegates_to_someone_else_known_and_only_the_delegator_revokes()
    {
        var w = await CreateAsync(Db);
        Assert.Equal("Anda tidak punya bawahan langsung yang laporannya dapat didelegasikan",
            Assert.Single((await DelegateAsync(w, Db, w.StaffA, new DelegationInput(w.StaffB.Nip, Friday, Friday, "cuti"))).Problems).Message);
        Assert.Equal("delegasi tidak dapat diberikan kepada diri sendiri",
            Assert.Single((await DelegateAsync(w, Db, w.Kabid, new DelegationInput(w.Kabid.Nip, Friday, Friday, "cuti"))).Problems).Message);
        Assert.Equal("delegate", Assert.Single((await DelegateAsync(w, Db, w.Kabid, new DelegationInput("199001012020011001", Friday, Friday, "cuti"))).Problems).Where);
        Assert.Equal(["until", "reason"],
            (await DelegateAsync(w, Db, w.Kabid, new DelegationInput(w.Secretary.Nip, Friday, Thursday, ""))).Problems.Select(p => p.Where));

        // One of the team may stand in, too, for the others' reports.
        var toStaff = await DelegateAsync(w, Db, w.Kabid, new DelegationInput(w.StaffB.Nip, Friday, Friday, "dinas luar"));
        Assert.True(toStaff.IsDone);
        var id = toStaff.Value!.Id;
        Assert.Equal("hanya atasan yang memberi delegasi yang dapat mencabutnya",
            Assert.Single((await w.AsAsync<ReviewDelegationService, CommandResult<ReviewDelegation>>(Db, w.StaffB, At(Friday, 8), s => s.RevokeAsync(id, CancellationToken.None))).Problems).Message);
        Assert.Equal(CommandStatus.NotFound,
            (await w.AsAsync<ReviewDelegationService, CommandResult<ReviewDelegation>>(Db, w.Teacher, At(Friday, 8), s => s.RevokeAsync(id, CancellationToken.None))).Status);
        var overview = await w.AsAsync<ReviewDelegationService, DelegationOverview>(Db, w.StaffB, At(Friday, 8), async s => (await s.OverviewAsync(CancellationToken.None)).Value!);
        Assert.Equal("Kepala Bidang", Assert.Single(overview.Received).DelegatorName);
    }

    public sealed class OnSqlite(SqliteFixture db) : ReviewDelegationTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : ReviewDelegationTests(db), IClassFixture<PostgresFixture>;
}
