using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Travel;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Shared;
using Sikerja.Web.Features.Travel;
using Sikerja.Web.Features.TravelRecaps;

namespace Sikerja.Integration.Tests.Travel;

/// <summary>
/// Travel approvals and travel recaps know one Sekda, on both databases: in a regency with a Sekretariat DPRD beside
/// the Sekretariat Daerah (its code sorting first), the head of the Sekretariat Daerah decides the Sekda step and
/// reads every agency's recap while the Sekretaris DPRD does neither; a tenant admin's choice of unit moves both.
/// </summary>
public abstract class SekdaAgreementTests(DatabaseFixture db) : DatabaseTest(db)
{
    private static readonly CancellationToken None = CancellationToken.None;

    private sealed record World(TravelWorld Travel, OrgUnit Dprd, Employee Sekwan, Guid SekwanAccount);

    private async Task<World> ArrangeAsync()
    {
        var w = await TravelWorld.CreateAsync(Db);
        var (dprd, sekwan, sekwanAccount) = await w.SekretariatDprdAsync();
        await w.MarkHighRiskAsync(Db, "31", w.Today, w.Today.AddDays(30));
        return new World(w, dprd, sekwan, sekwanAccount);
    }

    /// <summary>A family trip to a high-risk region, approved by the direct superior and the head of the agency: it waits for the Sekda.</summary>
    private async Task<Guid> AtTheSekdaStepAsync(TravelWorld w)
    {
        var requested = await TravelWorld.RequestAsync(Db, w.StaffAccount, TravelWorld.Trip(w.Today.AddDays(2), w.Today.AddDays(3)));
        Assert.True(requested.IsDone, string.Join("; ", requested.Problems));
        Assert.Equal([ApprovalStep.DirectSuperior, ApprovalStep.AgencyHead, ApprovalStep.Sekda], requested.Value!.Chain);
        foreach (var approver in new[] { w.KabidAccount, w.KadisAccount })
        {
            var approved = await TravelWorld.DecideAsync(Db, approver, requested.Value.Id);
            Assert.True(approved.IsDone, string.Join("; ", approved.Problems));
        }
        return requested.Value.Id;
    }

    private async Task<(Guid? Approvals, Guid? Recaps)> SekdaOfBothAsync(Guid account)
    {
        await using var scope = await AsAsync(account);
        return (await scope.Get<TravelApprovers>().SekdaAsync(None), await scope.Get<RecapAccess>().SekdaAsync(None));
    }

    private async Task<CommandStatus> ConsolidatedAsync(Guid account, DateOnly day)
    {
        await using var scope = await AsAsync(account);
        return (await scope.Get<TravelRecapQuery>().ConsolidatedAsync(RecapMonth.Of(day).ToString(), None)).Status;
    }

    [Fact]
    public async Task The_head_of_the_Sekretariat_Daerah_decides_the_Sekda_step_and_reads_the_recaps_while_the_Sekretaris_DPRD_does_neither()
    {
        var (w, _, _, sekwanAccount) = await ArrangeAsync();
        Assert.Equal((w.Sekda.Id, w.Sekda.Id), await SekdaOfBothAsync(w.StaffAccount));
        var permit = await AtTheSekdaStepAsync(w);

        Assert.Empty(await TravelWorld.ToDecideAsync(Db, sekwanAccount));
        var bySekwan = await TravelWorld.DecideAsync(Db, sekwanAccount, permit);
        Assert.Equal(CommandStatus.NotFound, bySekwan.Status);
        Assert.Equal(CommandStatus.Forbidden, await ConsolidatedAsync(sekwanAccount, w.Today));

        Assert.Equal([permit], (await TravelWorld.ToDecideAsync(Db, w.SekdaAccount)).Select(v => v.Permit.Id));
        Assert.True((await TravelWorld.DecideAsync(Db, w.SekdaAccount, permit)).IsDone);
        Assert.Equal(PermitStatus.Approved, (await w.StoredAsync(Db, permit)).Status);
        Assert.Equal(CommandStatus.Done, await ConsolidatedAsync(w.SekdaAccount, w.Today));
    }

    [Fact]
    public async Task A_tenant_admin_names_the_Sekretariat_Daerah_and_both_features_follow_while_a_unit_that_cannot_be_one_is_refused()
    {
        var (w, dprd, sekwan, sekwanAccount) = await ArrangeAsync();
        Assert.Equal(CommandStatus.Refused, (await SaveSekdaUnitAsync(w, w.Dinas.Id)).Status);
        await using (var scope = Db.NewScope().InTenant(w.Tenant.Id))
        {
            Assert.Null((await scope.Db.TravelSettings.AsNoTracking().SingleAsync()).SekdaUnitId);
        }

        var saved = await SaveSekdaUnitAsync(w, dprd.Id);
        Assert.True(saved.IsDone, string.Join("; ", saved.Problems));
        Assert.Equal((sekwan.Id, sekwan.Id), await SekdaOfBothAsync(w.StaffAccount));
        var permit = await AtTheSekdaStepAsync(w);
        Assert.Empty(await TravelWorld.ToDecideAsync(Db, w.SekdaAccount));
        Assert.Equal([permit], (await TravelWorld.ToDecideAsync(Db, sekwanAccount)).Select(v => v.Permit.Id));
        Assert.Equal(CommandStatus.Done, await ConsolidatedAsync(sekwanAccount, w.Today));
        Assert.Equal(CommandStatus.Forbidden, await ConsolidatedAsync(w.SekdaAccount, w.Today));
    }

    private async Task<CommandResult<TravelSettings>> SaveSekdaUnitAsync(TravelWorld w, Guid unit)
    {
        await using var scope = await AsAsync(w.TenantAdmin);
        var service = scope.Get<TravelSettingsService>();
        var s = await service.CurrentAsync(None);
        return await service.SaveAsync(new TravelSettingsInput(
            s.HomeRegionCode, s.OfficialChain, s.PrivateChain, s.HighRiskExtraStep, s.EmergencyGraceHours, s.QuarantineDaysAfterHighRisk, unit), None);
    }

    public sealed class OnSqlite(SqliteFixture db) : SekdaAgreementTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : SekdaAgreementTests(db), IClassFixture<PostgresFixture>;
}
