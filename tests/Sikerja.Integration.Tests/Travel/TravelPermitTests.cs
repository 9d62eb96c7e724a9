using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Travel;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Shared;
using Sikerja.Web.Features.Travel;

namespace Sikerja.Integration.Tests.Travel;

/// <summary>
/// Travel permits up the chain: each step decided by its holder only, never by the requester; rejection; the
/// high-risk step; emergencies approved after departure and flagged, ordinary requests refused then; trips that need
/// no approval recorded as notified; colleagues and other agencies' admins see nothing; decisions audited.
/// </summary>
public abstract class TravelPermitTests(DatabaseFixture db) : DatabaseTest(db)
{
    [Fact]
    public async Task An_official_trip_goes_up_a_three_step_chain_decided_by_the_right_people_only()
    {
        var w = await TravelWorld.CreateAsync(Db);
        var requested = await TravelWorld.RequestAsync(Db, w.StaffAccount,
            TravelWorld.Trip(w.Today.AddDays(3), w.Today.AddDays(5), purpose: TravelPurpose.Official));
        Assert.True(requested.IsDone, string.Join("; ", requested.Problems));
        var permit = requested.Value!;
        Assert.Equal((PermitStatus.Pending, true, false), (permit.Status, permit.OutOfRegion, permit.HighRisk));
        Assert.Equal([ApprovalStep.DirectSuperior, ApprovalStep.AgencyHead, ApprovalStep.RegionHead], permit.Chain);
        Assert.Equal("Kota Administrasi Jakarta Pusat, DKI Jakarta", permit.DestinationName);

        Assert.Equal("langkah ini diputuskan atasan langsung pemohon", Assert.Single((await TravelWorld.DecideAsync(Db, w.KadisAccount, permit.Id)).Problems).Message);
        Assert.Equal(CommandStatus.NotFound, (await TravelWorld.DecideAsync(Db, w.ColleagueAccount, permit.Id)).Status);
        Assert.Equal(permit.Id, Assert.Single(await TravelWorld.ToDecideAsync(Db, w.KabidAccount)).Permit.Id);
        Assert.Empty(await TravelWorld.ToDecideAsync(Db, w.KadisAccount));

        Assert.Equal(1, (await TravelWorld.DecideAsync(Db, w.KabidAccount, permit.Id)).Value!.StepsApproved);
        Assert.Equal("status", Assert.Single((await TravelWorld.DecideAsync(Db, w.KabidAccount, permit.Id)).Problems).Where);
        Assert.Empty(await TravelWorld.ToDecideAsync(Db, w.KabidAccount));
        Assert.Equal(permit.Id, Assert.Single(await TravelWorld.ToDecideAsync(Db, w.KadisAccount)).Permit.Id);
        Assert.Equal(2, (await TravelWorld.DecideAsync(Db, w.KadisAccount, permit.Id)).Value!.StepsApproved);

        Assert.Equal("langkah ini diputuskan pimpinan daerah", Assert.Single((await TravelWorld.DecideAsync(Db, w.AgencyAdmin, permit.Id)).Problems).Message);
        Assert.Equal(CommandStatus.NotFound, (await TravelWorld.DecideAsync(Db, w.SekdaAccount, permit.Id)).Status);
        Assert.Equal(permit.Id, Assert.Single(await TravelWorld.ToDecideAsync(Db, w.RegentOffice)).Permit.Id);
        var approved = (await TravelWorld.DecideAsync(Db, w.RegentOffice, permit.Id)).Value!;
        Assert.Equal((PermitStatus.Approved, 3, false), (approved.Status, approved.StepsApproved, approved.ApprovedAfterDeparture));

        await using var check = Db.NewScope().InTenant(w.Tenant.Id);
        var decisions = await check.Db.TravelDecisions.Where(d => d.PermitId == permit.Id).OrderBy(d => d.StepIndex).ToListAsync();
        Assert.Equal([w.KabidAccount, w.KadisAccount, w.RegentOffice], decisions.Select(d => d.DecidedByUser));
        var audited = await check.Db.AuditEntries.Where(a => a.TenantId == w.Tenant.Id && a.EntityType == nameof(TravelDecision)).Select(a => a.ActorUserId).ToListAsync();
        Assert.Equal(new HashSet<Guid?> { w.KabidAccount, w.KadisAccount, w.RegentOffice }, audited.ToHashSet());
        Assert.Equal(3, audited.Count);
        Assert.True(await check.Db.AuditEntries.AnyAsync(a => a.TenantId == w.Tenant.Id && a.EntityType == nameof(TravelPermit) && a.Action == "Updated" && a.ActorUserId == w.RegentOffice));
        var notices = await check.Db.Notifications.Where(n => n.EmployeeId == w.Staff.Id).Select(n => n.Title).ToListAsync();
        Assert.Contains("Izin bepergian disetujui", notices);
        Assert.True(await check.Db.Notifications.AnyAsync(n => n.EmployeeId == w.Kadis.Id && n.Title == "Izin bepergian menunggu keputusan"));
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_closes_the_permit_and_tells_the_employee()
    {
        var w = await TravelWorld.CreateAsync(Db);
        var permit = (await TravelWorld.RequestAsync(Db, w.StaffAccount, TravelWorld.Trip(w.Today.AddDays(2), w.Today.AddDays(2)))).Value!;
        Assert.Equal([ApprovalStep.DirectSuperior, ApprovalStep.AgencyHead], permit.Chain);
        Assert.Equal("comment", Assert.Single((await TravelWorld.DecideAsync(Db, w.KabidAccount, permit.Id, approve: false, comment: " ")).Problems).Where);
        var rejected = (await TravelWorld.DecideAsync(Db, w.KabidAccount, permit.Id, approve: false, comment: "sedang ada tugas mendesak")).Value!;
        Assert.Equal((PermitStatus.Rejected, 0), (rejected.Status, rejected.StepsApproved));
        Assert.Equal(CommandStatus.Refused, (await TravelWorld.DecideAsync(Db, w.KadisAccount, permit.Id)).Status);

        await using var scope = await AsAsync(w.StaffAccount);
        var mine = Assert.Single((await scope.Get<TravelPermitService>().MineAsync(CancellationToken.None)).Value!);
        Assert.Equal(("sedang ada tugas mendesak", "Kepala Bidang"), (Assert.Single(mine.Decisions).Decision.Comment, mine.Decisions[0].DeciderName));
        Assert.Null(mine.CurrentStep);
    }

    [Fact]
    public async Task Nobody_approves_their_own_permit_a_heads_own_step_moves_on_to_the_next()
    {
        var w = await TravelWorld.CreateAsync(Db);
        var own = (await TravelWorld.RequestAsync(Db, w.KadisAccount, TravelWorld.Trip(w.Today.AddDays(2), w.Today.AddDays(3)))).Value!;
        Assert.Equal([ApprovalStep.RegionHead], own.Chain);
        Assert.Equal("izin bepergian sendiri tidak dapat diputuskan sendiri", Assert.Single((await TravelWorld.DecideAsync(Db, w.KadisAccount, own.Id)).Problems).Message);
        Assert.Empty(await TravelWorld.ToDecideAsync(Db, w.KadisAccount));

        var kabid = (await TravelWorld.RequestAsync(Db, w.KabidAccount, TravelWorld.Trip(w.Today.AddDays(2), w.Today.AddDays(3)))).Value!;
        Assert.Equal([ApprovalStep.DirectSuperior], kabid.Chain);
        Assert.Equal(PermitStatus.Approved, (await TravelWorld.DecideAsync(Db, w.KadisAccount, kabid.Id)).Value!.Status);

        var sekda = (await TravelWorld.RequestAsync(Db, w.SekdaAccount, TravelWorld.Trip(w.Today.AddDays(2), w.Today.AddDays(3)))).Value!;
        Assert.Equal([ApprovalStep.RegionHead], sekda.Chain);
    }

    [Fact]
    public async Task A_high_risk_destination_adds_the_sekda_step_and_warns_the_approver()
    {
        var w = await TravelWorld.CreateAsync(Db);
        await w.MarkHighRiskAsync(Db, "31", w.Today, w.Today.AddDays(30));
        var permit = (await TravelWorld.RequestAsync(Db, w.StaffAccount, TravelWorld.Trip(w.Today.AddDays(2), w.Today.AddDays(4)))).Value!;
        Assert.True(permit.HighRisk);
        Assert.Equal([ApprovalStep.DirectSuperior, ApprovalStep.AgencyHead, ApprovalStep.Sekda], permit.Chain);
        await TravelWorld.DecideAsync(Db, w.KabidAccount, permit.Id);
        await TravelWorld.DecideAsync(Db, w.KadisAccount, permit.Id);
        Assert.True(Assert.Single(await TravelWorld.ToDecideAsync(Db, w.SekdaAccount)).Permit.HighRisk);
        Assert.Equal(PermitStatus.Approved, (await TravelWorld.DecideAsync(Db, w.SekdaAccount, permit.Id)).Value!.Status);

        var elsewhere = (await TravelWorld.RequestAsync(Db, w.ColleagueAccount, TravelWorld.Trip(w.Today.AddDays(2), w.Today.AddDays(4), TravelWorld.Samarinda))).Value!;
        Assert.False(elsewhere.HighRisk);
        Assert.Equal([ApprovalStep.DirectSuperior, ApprovalStep.AgencyHead], elsewhere.Chain);
    }

    [Fact]
    public async Task An_emergency_is_approved_after_departure_and_flagged_an_ordinary_request_is_refused_then()
    {
        var w = await TravelWorld.CreateAsync(Db);
        var emergency = (await TravelWorld.RequestAsync(Db, w.StaffAccount, TravelWorld.Trip(w.Today.AddDays(-1), w.Today.AddDays(2), emergency: true))).Value!;
        await TravelWorld.DecideAsync(Db, w.KabidAccount, emergency.Id);
        var approved = (await TravelWorld.DecideAsync(Db, w.KadisAccount, emergency.Id)).Value!;
        Assert.Equal((PermitStatus.Approved, true), (approved.Status, approved.ApprovedAfterDeparture));

        var ordinary = (await TravelWorld.RequestAsync(Db, w.ColleagueAccount, TravelWorld.Trip(w.Today.AddDays(1), w.Today.AddDays(2)))).Value!;
        await using (var scope = Db.NewScope().InTenant(w.Tenant.Id))
        {
            var stored = await scope.Db.TravelPermits.SingleAsync(p => p.Id == ordinary.Id);
            stored.LeavesOn = w.Today.AddDays(-1);
            await scope.Db.SaveChangesAsync();
        }
        var late = await TravelWorld.DecideAsync(Db, w.KabidAccount, ordinary.Id);
        Assert.StartsWith("perjalanan sudah dimulai", Assert.Single(late.Problems).Message);
        Assert.Empty(await TravelWorld.ToDecideAsync(Db, w.KabidAccount));
        Assert.Equal(PermitStatus.Rejected, (await TravelWorld.DecideAsync(Db, w.KabidAccount, ordinary.Id, approve: false, comment: "terlambat")).Value!.Status);

        var sameDay = await TravelWorld.RequestAsync(Db, w.ColleagueAccount, TravelWorld.Trip(w.Today, w.Today.AddDays(1), TravelWorld.Samarinda));
        Assert.Equal("leavesOn", Assert.Single(sameDay.Problems).Where);
    }

    [Fact]
    public async Task A_trip_no_rule_asks_approval_for_is_recorded_as_notified_and_withdrawal_is_for_pending_ones()
    {
        var w = await TravelWorld.CreateAsync(Db);
        var inRegion = (await TravelWorld.RequestAsync(Db, w.StaffAccount, TravelWorld.Trip(w.Today.AddDays(1), w.Today.AddDays(1), "64.02"))).Value!;
        Assert.Equal((PermitStatus.Approved, false, 0), (inRegion.Status, inRegion.OutOfRegion, inRegion.Chain.Count));

        var pending = (await TravelWorld.RequestAsync(Db, w.StaffAccount, TravelWorld.Trip(w.Today.AddDays(5), w.Today.AddDays(6)))).Value!;
        Assert.Equal("leavesOn", Assert.Single((await TravelWorld.RequestAsync(Db, w.StaffAccount, TravelWorld.Trip(w.Today.AddDays(6), w.Today.AddDays(8)))).Problems).Where);
        await using var scope = await AsAsync(w.StaffAccount);
        var service = scope.Get<TravelPermitService>();
        Assert.Equal(CommandStatus.Refused, (await service.WithdrawAsync(inRegion.Id, CancellationToken.None)).Status);
        Assert.Equal(PermitStatus.Withdrawn, (await service.WithdrawAsync(pending.Id, CancellationToken.None)).Value!.Status);
        Assert.Empty(await TravelWorld.ToDecideAsync(Db, w.KabidAccount));
    }

    [Fact]
    public async Task Colleagues_and_other_agencies_admins_neither_see_nor_decide_the_own_agencys_admin_sees_but_does_not_decide()
    {
        var w = await TravelWorld.CreateAsync(Db);
        var permit = (await TravelWorld.RequestAsync(Db, w.StaffAccount, TravelWorld.Trip(w.Today.AddDays(2), w.Today.AddDays(3)))).Value!;
        Assert.Empty(await TravelWorld.ToDecideAsync(Db, w.ColleagueAccount));
        Assert.Empty(await TravelWorld.ToDecideAsync(Db, w.OtherAgencyAdmin));
        Assert.Equal(CommandStatus.NotFound, (await TravelWorld.DecideAsync(Db, w.OtherAgencyAdmin, permit.Id)).Status);
        Assert.Equal(CommandStatus.Refused, (await TravelWorld.DecideAsync(Db, w.AgencyAdmin, permit.Id)).Status);
        var stranger = await (await NewTenantAsync()).AccountAsync(null, Sikerja.Domain.Access.Role.TenantAdmin);
        Assert.Equal(CommandStatus.NotFound, (await TravelWorld.DecideAsync(Db, stranger, permit.Id)).Status);
        await using (var scope = await AsAsync(w.ColleagueAccount))
        {
            Assert.Empty((await scope.Get<TravelPermitService>().MineAsync(CancellationToken.None)).Value!);
            Assert.Equal(CommandStatus.NotFound, (await scope.Get<TravelPermitService>().WithdrawAsync(permit.Id, CancellationToken.None)).Status);
        }
        Assert.Equal(PermitStatus.Pending, (await w.StoredAsync(Db, permit.Id)).Status);
    }

    [Fact]
    public async Task A_trip_started_without_approval_is_recorded_by_the_superior_or_the_agency_admin_only()
    {
        var w = await TravelWorld.CreateAsync(Db);
        var trip = new UnapprovedTripInput(null, w.Staff.Nip, TravelPurpose.Personal, TravelWorld.Samarinda, w.Today.AddDays(-2), w.Today, "pulang kampung", "0812 0000 1111");
        await using (var scope = await AsAsync(w.ColleagueAccount))
        {
            Assert.Equal("nip", Assert.Single((await scope.Get<TravelRecording>().RecordAsync(trip, CancellationToken.None)).Problems).Where);
        }
        await using (var scope = await AsAsync(w.OtherAgencyAdmin))
        {
            Assert.Equal(CommandStatus.NotFound, (await scope.Get<TravelRecording>().RecordAsync(trip with { EmployeeId = w.Staff.Id }, CancellationToken.None)).Status);
        }
        await using (var scope = await AsAsync(w.KabidAccount))
        {
            Assert.Equal("leavesOn", Assert.Single((await scope.Get<TravelRecording>().RecordAsync(trip with { LeavesOn = w.Today.AddDays(1), ReturnsOn = w.Today.AddDays(2) }, CancellationToken.None)).Problems).Where);
            var recorded = await scope.Get<TravelRecording>().RecordAsync(trip, CancellationToken.None);
            Assert.True(recorded.IsDone, string.Join("; ", recorded.Problems));
            Assert.Equal((PermitStatus.Unapproved, w.KabidAccount, true), (recorded.Value!.Status, recorded.Value.RequestedBy, recorded.Value.OutOfRegion));
        }
        await using (var scope = await AsAsync(w.AgencyAdmin))
        {
            var second = await scope.Get<TravelRecording>().RecordAsync(trip with { LeavesOn = w.Today.AddDays(-10), ReturnsOn = w.Today.AddDays(-9) }, CancellationToken.None);
            Assert.Equal(PermitStatus.Unapproved, second.Value!.Status);
        }
        await using var check = Db.NewScope().InTenant(w.Tenant.Id);
        Assert.Equal(2, await check.Db.AuditEntries.CountAsync(a => a.TenantId == w.Tenant.Id && a.EntityType == nameof(TravelPermit) && a.Action == "Created"));
        Assert.Equal(2, await check.Db.Notifications.CountAsync(n => n.EmployeeId == w.Staff.Id && n.Title == "Perjalanan tanpa izin dicatat"));
    }

    public sealed class OnSqlite(SqliteFixture db) : TravelPermitTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : TravelPermitTests(db), IClassFixture<PostgresFixture>;
}
