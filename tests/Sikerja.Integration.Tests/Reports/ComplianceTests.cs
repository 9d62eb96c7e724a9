using Sikerja.Domain.Reports;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Reports;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Reports;

/// <summary>Who owes a report, by the circular's scope, and compliance counts of a day and a month as each caller may read them.</summary>
public abstract class ComplianceTests(DatabaseFixture db) : DatabaseTest(db)
{
    private static readonly DateOnly Monday = ReportsWorld.Monday;

    private async Task<CommandResult<ComplianceView>> ViewAsync(Guid account, ComplianceRequest request)
    {
        await using var scope = await AsAsync(account);
        return await scope.Get<ComplianceQuery>().ViewAsync(request, CancellationToken.None);
    }

    private async Task<ComplianceView> DoneAsync(Guid account, ComplianceRequest request)
    {
        var view = await ViewAsync(account, request);
        Assert.True(view.IsDone, string.Join("; ", view.Problems));
        return view.Value!;
    }

    private async Task<ComplianceView> BidangWeekAsync(ReportsWorld w) =>
        await DoneAsync(w.TenantAdmin, new ComplianceRequest(Month: "2026-06", Unit: w.Bidang.Id));

    [Fact]
    public async Task Home_workers_owe_on_home_days_less_sick_days_official_travel_and_uncovered_staff()
    {
        var w = await ReportsWorld.CreateAsync(Db);
        var view = await BidangWeekAsync(w);

        var rows = view.Rows.ToDictionary(r => r.Id);
        Assert.Equal(4, rows[w.Ani.Id].Counts.Required);
        Assert.Equal(2, rows[w.Citra.Id].Counts.Required);
        Assert.Equal(3, rows[w.Dedi.Id].Counts.Required);
        Assert.Equal(0, rows[w.Budi.Id].Counts.Required);
        Assert.Equal(0, rows[w.Eko.Id].Counts.Required);
        Assert.Equal(0, rows[w.Kabid.Id].Counts.Required);
        Assert.Equal([ReportsWorld.Thursday, ReportsWorld.Friday], rows[w.Ani.Id].MissingDays);
        Assert.Equal([ReportsWorld.Tuesday], rows[w.Citra.Id].MissingDays);
        Assert.Equal([Monday, ReportsWorld.Thursday, ReportsWorld.Friday], rows[w.Dedi.Id].MissingDays);
        Assert.Equal(new ComplianceCounts(Required: 9, OnTime: 2, Late: 1, Missing: 6, Approved: 1, AwaitingReview: 2, Returned: 0), view.Totals);
        Assert.Equal(33.3m, view.Totals.Rate);
    }

    [Fact]
    public async Task The_rule_for_one_employee_agrees_with_the_counts()
    {
        var w = await ReportsWorld.CreateAsync(Db);
        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        var obligations = scope.Get<ReportObligations>();
        Assert.Equal(ObligationOutcome.Owed, (await obligations.DutyOnAsync(w.Ani.Id, Monday, CancellationToken.None))!.Outcome);
        Assert.Equal(ReportDayStatus.Approved, (await obligations.DutyOnAsync(w.Ani.Id, Monday, CancellationToken.None))!.Day.Status);
        Assert.Equal(ReportDayStatus.Missing, (await obligations.DutyOnAsync(w.Ani.Id, ReportsWorld.Friday, CancellationToken.None))!.Day.Status);
        Assert.Equal(ObligationOutcome.NotAtHome, (await obligations.DutyOnAsync(w.Budi.Id, Monday, CancellationToken.None))!.Outcome);
        Assert.Equal(ObligationOutcome.Unavailable, (await obligations.DutyOnAsync(w.Citra.Id, ReportsWorld.Thursday, CancellationToken.None))!.Outcome);
        Assert.Equal(ObligationOutcome.OfficialTravel, (await obligations.DutyOnAsync(w.Dedi.Id, ReportsWorld.Tuesday, CancellationToken.None))!.Outcome);
        Assert.Equal(ObligationOutcome.NotCovered, (await obligations.DutyOnAsync(w.Eko.Id, Monday, CancellationToken.None))!.Outcome);
        Assert.Equal(ObligationOutcome.NotWorkingDay, (await obligations.DutyOnAsync(w.Ani.Id, ReportsWorld.Holiday, CancellationToken.None))!.Outcome);
        Assert.Equal(ObligationOutcome.NoCircular, (await obligations.DutyOnAsync(w.Ani.Id, Monday.AddDays(-7), CancellationToken.None))!.Outcome);
    }

    [Fact]
    public async Task Everyone_circulars_make_office_workers_owe_too()
    {
        var w = await ReportsWorld.CreateAsync(Db);
        await w.ReportingAsync(Db, ReportingScope.Everyone);
        var view = await BidangWeekAsync(w);

        // Every working day of June (22 weekdays less the holiday), rostered or not.
        var rows = view.Rows.ToDictionary(r => r.Id);
        Assert.Equal(21, rows[w.Budi.Id].Counts.Required);
        Assert.Equal(21, rows[w.Kabid.Id].Counts.Required);
        Assert.Equal(21, rows[w.Ani.Id].Counts.Required);
        Assert.Equal(19, rows[w.Citra.Id].Counts.Required);
        Assert.Equal(20, rows[w.Dedi.Id].Counts.Required);
        Assert.Equal(0, rows[w.Eko.Id].Counts.Required);
        Assert.Equal(21, rows[w.Budi.Id].Counts.Missing);
    }

    [Theory]
    [InlineData(ReportingScope.Nobody)]
    [InlineData(null)]
    public async Task Nobody_owes_under_a_nobody_circular_or_without_one(ReportingScope? scope)
    {
        var w = await ReportsWorld.CreateAsync(Db);
        if (scope is { } s)
        {
            await w.ReportingAsync(Db, s);
        }
        var view = await DoneAsync(w.TenantAdmin, new ComplianceRequest(Month: scope is null ? "2026-05" : "2026-06"));
        Assert.Equal(0, view.Totals.Required);
    }

    [Fact]
    public async Task A_day_counts_each_agency()
    {
        var w = await ReportsWorld.CreateAsync(Db);
        var view = await DoneAsync(w.TenantAdmin, new ComplianceRequest(Date: Monday));

        Assert.Equal(ComplianceLevel.Tenant, view.Level);
        var rows = view.Rows.ToDictionary(r => r.Id);
        Assert.Equal(new ComplianceCounts(3, 2, 0, 1, 1, 1, 0), rows[w.Dinkes.Id].Counts);
        Assert.Equal(new ComplianceCounts(1, 0, 0, 1, 0, 0, 0), rows[w.Disdik.Id].Counts);
        Assert.Equal(4, view.Totals.Required);
    }

    [Fact]
    public async Task A_month_counts_each_unit_of_an_agency()
    {
        var w = await ReportsWorld.CreateAsync(Db);
        var view = await DoneAsync(w.TenantAdmin, new ComplianceRequest(Month: "2026-06", Agency: w.Dinkes.Id));

        Assert.Equal(ComplianceLevel.Agency, view.Level);
        var row = Assert.Single(view.Rows);
        Assert.Equal(w.Bidang.Id, row.Id);
        Assert.Equal(9, row.Counts.Required);
        Assert.Equal(new DateOnly(2026, 6, 30), view.To);
    }

    [Fact]
    public async Task A_supervisor_sees_only_the_chain_below()
    {
        var w = await ReportsWorld.CreateAsync(Db);
        var team = await DoneAsync(w.KabidAccount, new ComplianceRequest(Month: "2026-06"));
        Assert.Equal(ComplianceLevel.Team, team.Level);
        Assert.Equal(9, team.Totals.Required);
        Assert.Equal(w.Bidang.Id, Assert.Single(team.Rows).Id);

        var unit = await DoneAsync(w.KabidAccount, new ComplianceRequest(Month: "2026-06", Unit: w.Bidang.Id, Team: true));
        Assert.DoesNotContain(unit.Rows, r => r.Id == w.Kabid.Id);

        Assert.Equal(CommandStatus.Forbidden, (await ViewAsync(w.KabidAccount, new ComplianceRequest(Agency: w.Dinkes.Id))).Status);
        Assert.Equal(CommandStatus.Forbidden, (await ViewAsync(w.KabidAccount, new ComplianceRequest(Unit: w.Disdik.Id))).Status);
        // The head of the agency has the Bidang and Disdik-less Dinkes below.
        var kadis = await DoneAsync(w.KadisAccount, new ComplianceRequest(Month: "2026-06"));
        Assert.Equal(9, kadis.Totals.Required);
    }

    [Fact]
    public async Task An_agency_admin_sees_only_the_agency_and_a_plain_employee_nothing()
    {
        var w = await ReportsWorld.CreateAsync(Db);
        var own = await DoneAsync(w.AgencyAdmin, new ComplianceRequest(Month: "2026-06"));
        Assert.Equal(ComplianceLevel.Agency, own.Level);
        Assert.Equal(w.Dinkes.Id, own.AgencyId);
        Assert.Equal(CommandStatus.Forbidden, (await ViewAsync(w.AgencyAdmin, new ComplianceRequest(Agency: w.Disdik.Id))).Status);
        Assert.Equal(CommandStatus.Forbidden, (await ViewAsync(w.AgencyAdmin, new ComplianceRequest(Unit: w.Disdik.Id))).Status);
        Assert.Equal(CommandStatus.Forbidden, (await ViewAsync(w.AniAccount, new ComplianceRequest())).Status);
    }

    [Fact]
    public async Task Another_tenant_sees_nothing()
    {
        var w = await ReportsWorld.CreateAsync(Db);
        var other = await ReportsWorld.CreateAsync(Db);
        Assert.Equal(CommandStatus.NotFound, (await ViewAsync(other.TenantAdmin, new ComplianceRequest(Agency: w.Dinkes.Id))).Status);
        Assert.Equal(CommandStatus.NotFound, (await ViewAsync(other.TenantAdmin, new ComplianceRequest(Unit: w.Bidang.Id))).Status);
        var all = await DoneAsync(other.TenantAdmin, new ComplianceRequest(Month: "2026-06"));
        Assert.DoesNotContain(all.Rows, r => r.Id == w.Dinkes.Id);
        Assert.Equal(13, all.Totals.Required);
    }

    [Fact]
    public async Task A_month_that_is_not_one_is_refused_by_field()
    {
        var w = await ReportsWorld.CreateAsync(Db);
        var refused = await ViewAsync(w.TenantAdmin, new ComplianceRequest(Month: "Juni"));
        Assert.Equal("month", Assert.Single(refused.Problems).Where);
    }

    public sealed class OnSqlite(SqliteFixture db) : ComplianceTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : ComplianceTests(db), IClassFixture<PostgresFixture>;
}
