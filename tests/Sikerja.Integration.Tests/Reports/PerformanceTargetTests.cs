using Sikerja.Domain.People;
using Sikerja.Domain.Reports;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Reports;
using Sikerja.Web.Features.Shared;
using static Sikerja.Integration.Tests.Reports.ReportWorld;

namespace Sikerja.Integration.Tests.Reports;

/// <summary>Targets are proposed, returned, corrected and agreed by the direct superior; only one's own agreed target of the year is linked.</summary>
public abstract class PerformanceTargetTests(DatabaseFixture db) : DatabaseTest(db)
{
    private static readonly TargetDraft Letters = new(2025, "Menyusun 120 surat dinas", 120, "surat");

    private static Task<CommandResult<PerformanceTarget>> DecideAsync(ReportWorld w, DatabaseFixture db, Employee who, Guid id, bool agree, string? comment = null) =>
        w.AsAsync<PerformanceTargetService, CommandResult<PerformanceTarget>>(db, who, At(Friday, 9), s => s.DecideAsync(id, agree, comment, CancellationToken.None));

    [Fact]
    public async Task A_target_is_returned_corrected_agreed_and_then_counts_activities()
    {
        var w = await CreateAsync(Db);
        var proposed = await w.AsAsync<PerformanceTargetService, CommandResult<PerformanceTarget>>(Db, w.StaffA, At(Friday, 9), s => s.ProposeAsync(Letters, CancellationToken.None));
        Assert.Equal(TargetStatus.Proposed, proposed.Value!.Status);
        var id = proposed.Value.Id;
        var team = await w.AsAsync<PerformanceTargetService, IReadOnlyList<TeamTarget>>(Db, w.Kabid, At(Friday, 9), async s => (await s.TeamProposedAsync(CancellationToken.None)).Value!);
        Assert.Equal(id, Assert.Single(team).Target.Id);

        Assert.Equal("sasaran kinerja sendiri tidak dapat disetujui sendiri", Assert.Single((await DecideAsync(w, Db, w.StaffA, id, true)).Problems).Message);
        Assert.Equal(CommandStatus.NotFound, (await DecideAsync(w, Db, w.StaffB, id, true)).Status);
        Assert.Equal(CommandStatus.Refused, (await DecideAsync(w, Db, w.Head, id, true)).Status);
        Assert.Equal(TargetStatus.Returned, (await DecideAsync(w, Db, w.Kabid, id, false, "Naikkan menjadi 150")).Value!.Status);

        // Not agreed yet: an activity cannot count toward it.
        var early = await w.AddAsync(Db, w.StaffA, Friday, At(Friday, 15), Activity(target: id));
        Assert.Equal(("targetId", "sasaran kinerja itu belum disetujui atasan"), (Assert.Single(early.Problems).Where, early.Problems[0].Message));

        var changed = await w.AsAsync<PerformanceTargetService, CommandResult<PerformanceTarget>>(Db, w.StaffA, At(Friday, 10), s => s.ChangeAsync(id, Letters with { Quantity = 150 }, CancellationToken.None));
        Assert.Equal((TargetStatus.Proposed, 150m, (string?)null), (changed.Value!.Status, changed.Value.Quantity, changed.Value.Comment));
        var agreed = await DecideAsync(w, Db, w.Kabid, id, true);
        Assert.Equal((TargetStatus.Agreed, w.Kabid.Id), (agreed.Value!.Status, agreed.Value.AgreedBy));
        Assert.Equal(CommandStatus.Refused, (await w.AsAsync<PerformanceTargetService, CommandResult<PerformanceTarget>>(Db, w.StaffA, At(Friday, 10), s => s.ChangeAsync(id, Letters, CancellationToken.None))).Status);

        var linked = await w.AddAsync(Db, w.StaffA, Friday, At(Friday, 15), Activity(target: id));
        Assert.True(linked.IsDone, string.Join("; ", linked.Problems));
        var day = await w.AsAsync<ReportEditingService, ReportDayView>(Db, w.StaffA, At(Friday, 15), async s => (await s.DayAsync(Friday, CancellationToken.None)).Value!);
        Assert.Equal("Menyusun 120 surat dinas", Assert.Single(day.Activities).TargetTitle);
        Assert.Equal(id, Assert.Single(day.Targets).Id);

        // A colleague cannot count toward it.
        var foreign = await w.AddAsync(Db, w.StaffB, Friday, At(Friday, 15), Activity(target: id));
        Assert.Equal("sasaran kinerja itu bukan milik Anda", Assert.Single(foreign.Problems).Message);
    }

    [Fact]
    public async Task A_target_outside_last_this_or_next_year_is_refused()
    {
        var w = await CreateAsync(Db);
        var refused = await w.AsAsync<PerformanceTargetService, CommandResult<PerformanceTarget>>(Db, w.StaffA, At(Friday, 9), s => s.ProposeAsync(Letters with { Year = 2030 }, CancellationToken.None));
        Assert.Equal(("year", "tahun sasaran antara 2024 dan 2026"), (Assert.Single(refused.Problems).Where, refused.Problems[0].Message));
    }

    public sealed class OnSqlite(SqliteFixture db) : PerformanceTargetTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : PerformanceTargetTests(db), IClassFixture<PostgresFixture>;
}
