using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Reports;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Policies;
using static Sikerja.Integration.Tests.Policies.PolicyWorld;

namespace Sikerja.Integration.Tests.Policies;

/// <summary>A circular's accountability (who reports daily, which trips need permission), stored beside its rules:
/// kept by drafts, carried into amendments, set by the templates whose article says so.</summary>
public abstract class AccountabilityFieldsTests(DatabaseFixture db) : DatabaseTest(db)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private async Task<Policy> ReloadAsync(PolicyWorld w, Guid id)
    {
        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        return await scope.Db.Policies.AsNoTracking().SingleAsync(p => p.Id == id);
    }

    private static (ReportingScope, bool, bool) Accountability(Policy p) => (p.Reporting, p.OutOfRegionNeedsPermit, p.OfficialInRegionNeedsPermit);

    [Fact]
    public async Task A_draft_keeps_its_accountability_and_an_update_without_it_changes_nothing_of_it()
    {
        var w = await ArrangeAsync(Db);
        var from = Today.AddDays(1);
        Policy draft;
        await using (var scope = await AsAsync(w.Admin))
        {
            var created = await scope.Get<PolicyService>().CreateDraftAsync(
                Draft("800/68/2020", from, null) with { Reporting = ReportingScope.Everyone, OutOfRegionNeedsPermit = false, OfficialInRegionNeedsPermit = true }, Ct);
            Assert.True(created.IsDone, string.Join("; ", created.Problems));
            draft = created.Value!;
        }
        Assert.Equal((ReportingScope.Everyone, false, true), Accountability(await ReloadAsync(w, draft.Id)));

        await using (var scope = await AsAsync(w.Admin))
        {
            var service = scope.Get<PolicyService>();
            Assert.True((await service.UpdateDraftAsync(draft.Id, Draft("800/68/2020", from, from.AddDays(13)), Ct)).IsDone);
            var unknown = await service.UpdateDraftAsync(draft.Id, Draft("800/68/2020", from, null) with { Reporting = (ReportingScope)7 }, Ct);
            Assert.Equal("reporting", Assert.Single(unknown.Problems).Where);
        }
        var stored = await ReloadAsync(w, draft.Id);
        Assert.Equal((ReportingScope.Everyone, false, true), Accountability(stored));
        Assert.Equal(from.AddDays(13), stored.EffectiveUntil);
    }

    [Fact]
    public async Task An_amendment_starts_from_the_amended_versions_accountability_not_the_defaults()
    {
        var w = await ArrangeAsync(Db);
        Guid published;
        await using (var scope = await AsAsync(w.Admin))
        {
            var service = scope.Get<PolicyService>();
            var draft = (await service.CreateDraftAsync(
                Draft("060/146/2020", Today, Today.AddDays(14)) with { Reporting = ReportingScope.Nobody, OutOfRegionNeedsPermit = false, OfficialInRegionNeedsPermit = true }, Ct)).Value!;
            Assert.True((await service.PublishAsync(draft.Id, [], Ct)).IsDone);
            published = draft.Id;
        }
        Guid amendment;
        await using (var scope = await AsAsync(w.Admin))
        {
            var amended = await scope.Get<PolicyService>().AmendAsync(published, Today.AddDays(3), Ct);
            Assert.True(amended.IsDone, string.Join("; ", amended.Problems));
            amendment = amended.Value!.Id;
        }
        var stored = await ReloadAsync(w, amendment);
        Assert.Equal((2, PolicyStatus.Draft), (stored.Version, stored.Status));
        Assert.Equal((ReportingScope.Nobody, false, true), Accountability(stored));
    }

    [Fact]
    public async Task Seruyans_template_needs_permits_for_official_trips_inside_the_region_and_kebumens_keeps_the_defaults()
    {
        var w = await ArrangeAsync(Db);
        await using var scope = await AsAsync(w.Admin);
        var service = scope.Get<PolicyService>();
        var seruyan = (await service.StartFromTemplateAsync("seruyan-2020", Ct)).Value!.Policy;
        var kebumen = (await service.StartFromTemplateAsync("kebumen-2020", Ct)).Value!.Policy;
        Assert.Equal((ReportingScope.HomeWorkers, true, true), Accountability(await ReloadAsync(w, seruyan.Id)));
        Assert.Equal((ReportingScope.HomeWorkers, true, false), Accountability(await ReloadAsync(w, kebumen.Id)));
    }

    public sealed class OnSqlite(SqliteFixture db) : AccountabilityFieldsTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : AccountabilityFieldsTests(db), IClassFixture<PostgresFixture>;
}
