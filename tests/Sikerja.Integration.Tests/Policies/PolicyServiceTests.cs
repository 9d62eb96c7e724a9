using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Policies;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Policies;
using Sikerja.Web.Features.Shared;
using static Sikerja.Integration.Tests.Policies.PolicyWorld;

namespace Sikerja.Integration.Tests.Policies;

/// <summary>Circulars through their life, stored: drafts, publication, overlap and supersession, extension,
/// amendment, revocation, the in-force queries and the audit trail.</summary>
public abstract class PolicyServiceTests(DatabaseFixture db) : DatabaseTest(db)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private async Task<Policy> CreateAsync(PolicyWorld w, string number, DateOnly from, DateOnly? until)
    {
        await using var scope = await AsAsync(w.Admin);
        var result = await scope.Get<PolicyService>().CreateDraftAsync(Draft(number, from, until), Ct);
        Assert.True(result.IsDone, string.Join("; ", result.Problems));
        return result.Value!;
    }

    private async Task<CommandResult<Policy>> PublishAsync(PolicyWorld w, Guid id, params Guid[] supersedes)
    {
        await using var scope = await AsAsync(w.Admin);
        return await scope.Get<PolicyService>().PublishAsync(id, supersedes, Ct);
    }

    private async Task<Policy> PublishedAsync(PolicyWorld w, string number, DateOnly from, DateOnly? until)
    {
        var draft = await CreateAsync(w, number, from, until);
        var result = await PublishAsync(w, draft.Id);
        Assert.True(result.IsDone, string.Join("; ", result.Problems));
        return result.Value!;
    }

    private async Task<Policy> ReloadAsync(PolicyWorld w, Guid id)
    {
        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        return await scope.Db.Policies.AsNoTracking().SingleAsync(p => p.Id == id);
    }

    private async Task<Policy?> InForceAsync(PolicyWorld w, DateOnly day)
    {
        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        return await scope.Get<PoliciesInForce>().OnAsync(day, Ct);
    }

    [Fact]
    public async Task A_draft_is_stored_with_its_rules_as_the_spec_policy_and_is_in_force_only_once_published()
    {
        var w = await ArrangeAsync(Db);
        var from = Today.AddDays(1);
        var draft = await CreateAsync(w, "060/1160/2020", from, from.AddDays(2));

        var stored = await ReloadAsync(w, draft.Id);
        Assert.Equal((PolicyStatus.Draft, 1, draft.Id), (stored.Status, stored.Version, stored.SeriesId));
        Assert.Equal(("Bupati Uji", "Bupati Sukamaju"), (stored.SignerName, stored.SignerPost));
        Assert.Equal(Json(Rules("060/1160/2020", from, from.AddDays(2))), Json(stored.Rules));
        Assert.Equal(["bpbd"], stored.Rules.ExemptUnits);
        Assert.Null(await InForceAsync(w, from));

        await using (var scope = Db.NewScope().InTenant(w.Tenant.Id))
        {
            var column = await scope.Db.Database.SqlQuery<string>($"""SELECT "Rules" AS "Value" FROM "Policies" WHERE "Id" = {draft.Id}""").SingleAsync();
            Assert.Contains("\"minimumOnSite\"", column, StringComparison.Ordinal);
            Assert.Contains("\"start\": \"07:30\"", column, StringComparison.Ordinal);
        }

        Assert.True((await PublishAsync(w, draft.Id)).IsDone);
        Assert.Equal(draft.Id, (await InForceAsync(w, from))?.Id);
        Assert.Equal(draft.Id, (await InForceAsync(w, from.AddDays(2)))?.Id);
        Assert.Null(await InForceAsync(w, from.AddDays(3)));
        Assert.Null(await InForceAsync(w, Today));
    }

    [Fact]
    public async Task An_overlapping_circular_must_name_the_one_it_supersedes_which_then_ends_the_day_before()
    {
        var w = await ArrangeAsync(Db);
        var old = await PublishedAsync(w, "A/1", Today, null);
        var next = await CreateAsync(w, "A/2", Today.AddDays(5), Today.AddDays(20));

        var refused = await PublishAsync(w, next.Id);
        Assert.Equal(CommandStatus.Refused, refused.Status);
        Assert.Contains(refused.Problems, p => p.Where == "supersedes" && p.Message.Contains("A/1", StringComparison.Ordinal));
        Assert.Equal(PolicyStatus.Draft, (await ReloadAsync(w, next.Id)).Status);
        Assert.Null((await ReloadAsync(w, old.Id)).EffectiveUntil);

        Assert.True((await PublishAsync(w, next.Id, old.Id)).IsDone);
        var ended = await ReloadAsync(w, old.Id);
        Assert.Equal((PolicyStatus.Superseded, Today.AddDays(4), next.Id), (ended.Status, ended.EffectiveUntil, ended.SupersededById));
        Assert.Equal(Today.AddDays(4), ended.Rules.EffectiveUntil);
        Assert.Equal(old.Id, (await InForceAsync(w, Today.AddDays(4)))?.Id);
        Assert.Equal(next.Id, (await InForceAsync(w, Today.AddDays(5)))?.Id);
        Assert.Null(await InForceAsync(w, Today.AddDays(21)));

        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        var overlapping = await scope.Get<PoliciesInForce>().OverlappingAsync(Today, Today.AddDays(30), Ct);
        Assert.Equal([old.Id, next.Id], overlapping.Select(p => p.Id));
        Assert.Empty(await scope.Get<PoliciesInForce>().OverlappingAsync(Today.AddDays(21), Today.AddDays(30), Ct));
    }

    [Fact]
    public async Task Extension_amendment_and_revocation_follow_the_lifecycle()
    {
        var w = await ArrangeAsync(Db);
        var policy = await PublishedAsync(w, "B/1", Today, Today.AddDays(3));
        await using (var scope = await AsAsync(w.Admin))
        {
            var service = scope.Get<PolicyService>();
            Assert.Equal("effectiveUntil", Assert.Single((await service.ExtendAsync(policy.Id, Today.AddDays(2), Ct)).Problems).Where);
            Assert.True((await service.ExtendAsync(policy.Id, Today.AddDays(10), Ct)).IsDone);
        }
        Assert.Equal(Today.AddDays(10), (await ReloadAsync(w, policy.Id)).EffectiveUntil);

        Policy amendment;
        await using (var scope = await AsAsync(w.Admin))
        {
            var amended = await scope.Get<PolicyService>().AmendAsync(policy.Id, Today.AddDays(4), Ct);
            Assert.True(amended.IsDone, string.Join("; ", amended.Problems));
            amendment = amended.Value!;
        }
        Assert.Equal((2, policy.SeriesId, PolicyStatus.Draft, Today.AddDays(4)), (amendment.Version, amendment.SeriesId, amendment.Status, amendment.EffectiveFrom));
        await using (var scope = await AsAsync(w.Admin))
        {
            var draft = Draft("B/2", Today.AddDays(4), Today.AddDays(10)) with { IssuedOn = Today };
            Assert.True((await scope.Get<PolicyService>().UpdateDraftAsync(amendment.Id, draft, Ct)).IsDone);
        }
        Assert.True((await PublishAsync(w, amendment.Id)).IsDone);
        var first = await ReloadAsync(w, policy.Id);
        Assert.Equal((PolicyStatus.Superseded, Today.AddDays(3)), (first.Status, first.EffectiveUntil));

        await using (var scope = await AsAsync(w.Admin))
        {
            var service = scope.Get<PolicyService>();
            Assert.Equal("status", Assert.Single((await service.RevokeAsync(policy.Id, Today.AddDays(1), "x", Ct)).Problems).Where);
            Assert.Equal("reason", Assert.Single((await service.RevokeAsync(amendment.Id, Today.AddDays(6), " ", Ct)).Problems).Where);
            Assert.True((await service.RevokeAsync(amendment.Id, Today.AddDays(6), "Kasus menurun", Ct)).IsDone);
        }
        var revoked = await ReloadAsync(w, amendment.Id);
        Assert.Equal((PolicyStatus.Revoked, Today.AddDays(5), Today.AddDays(6), "Kasus menurun"),
            (revoked.Status, revoked.EffectiveUntil, revoked.RevokedFrom, revoked.RevocationReason));
        Assert.Equal(amendment.Id, (await InForceAsync(w, Today.AddDays(5)))?.Id);
        Assert.Null(await InForceAsync(w, Today.AddDays(6)));
    }

    [Fact]
    public async Task Only_drafts_are_edited_or_deleted_and_exempt_units_must_exist()
    {
        var w = await ArrangeAsync(Db);
        var draft = await CreateAsync(w, "C/1", Today.AddDays(1), null);
        await using (var scope = await AsAsync(w.Admin))
        {
            var service = scope.Get<PolicyService>();
            var bad = Draft("C/1", Today.AddDays(1), null);
            bad = bad with { Rules = bad.Rules with { ExemptUnits = ["bpbd", "damkar"] } };
            var refused = await service.UpdateDraftAsync(draft.Id, bad, Ct);
            Assert.Equal("exemptUnits[1]", Assert.Single(refused.Problems).Where);
        }
        Assert.True((await PublishAsync(w, draft.Id)).IsDone);
        await using (var scope = await AsAsync(w.Admin))
        {
            var service = scope.Get<PolicyService>();
            Assert.Equal("status", Assert.Single((await service.UpdateDraftAsync(draft.Id, Draft("C/1", Today, null), Ct)).Problems).Where);
            Assert.Equal("status", Assert.Single((await service.DeleteDraftAsync(draft.Id, Ct)).Problems).Where);
        }
        var other = await CreateAsync(w, "C/2", Today.AddDays(40), null);
        await using (var scope = await AsAsync(w.Admin))
        {
            Assert.True((await scope.Get<PolicyService>().DeleteDraftAsync(other.Id, Ct)).IsDone);
        }
        await using var check = Db.NewScope().InTenant(w.Tenant.Id);
        Assert.False(await check.Db.Policies.AnyAsync(p => p.Id == other.Id));
    }

    [Fact]
    public async Task Every_change_is_in_the_audit_trail()
    {
        var w = await ArrangeAsync(Db);
        var policy = await PublishedAsync(w, "D/1", Today, Today.AddDays(3));
        await using (var scope = await AsAsync(w.Admin))
        {
            Assert.True((await scope.Get<PolicyService>().ExtendAsync(policy.Id, Today.AddDays(9), Ct)).IsDone);
            Assert.True((await scope.Get<PolicyService>().UpdateDraftAsync(policy.Id, Draft("D/1", Today, null), Ct)).Status == CommandStatus.Refused);
        }
        await using var check = Db.NewScope().InTenant(w.Tenant.Id);
        var trail = await check.Db.AuditEntries.Where(e => e.EntityType == nameof(Policy) && e.EntityId == policy.Id.ToString())
            .OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync();
        Assert.Equal(["Created", "Updated", "Updated"], trail.Select(e => e.Action));
        Assert.Contains("\"Status\":\"Published\"", trail[1].After, StringComparison.Ordinal);
        Assert.Contains("EffectiveUntil", trail[2].After, StringComparison.Ordinal);
        Assert.DoesNotContain("Status", trail[2].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_tenant_admins_write_and_nobody_reaches_another_tenant()
    {
        var w = await ArrangeAsync(Db);
        var other = await ArrangeAsync(Db);
        var draft = await CreateAsync(w, "E/1", Today.AddDays(1), null);
        foreach (var user in new[] { w.Leader, w.DinkesAdmin, w.StaffUser })
        {
            await using var scope = await AsAsync(user);
            var service = scope.Get<PolicyService>();
            Assert.Equal(CommandStatus.Forbidden, (await service.CreateDraftAsync(Draft("E/2", Today, null), Ct)).Status);
            Assert.Equal(CommandStatus.Forbidden, (await service.StartFromTemplateAsync("kebumen-2020", Ct)).Status);
            Assert.NotEqual(CommandStatus.Done, (await service.PublishAsync(draft.Id, [], Ct)).Status);
        }
        await using (var scope = await AsAsync(other.Admin))
        {
            var service = scope.Get<PolicyService>();
            Assert.Equal(CommandStatus.NotFound, (await service.PublishAsync(draft.Id, [], Ct)).Status);
            Assert.Equal(CommandStatus.NotFound, (await service.UpdateDraftAsync(draft.Id, Draft("E/1", Today, null), Ct)).Status);
            Assert.Null(await scope.Get<PolicyQuery>().DetailAsync(draft.Id, Ct));
            Assert.Empty((await scope.Get<PolicyQuery>().ListAsync(new PolicyFilter(), Ct)).Value!);
        }
        Assert.Equal(PolicyStatus.Draft, (await ReloadAsync(w, draft.Id)).Status);
    }

    [Fact]
    public async Task Drafts_are_read_by_tenant_admins_and_leadership_and_published_circulars_by_those_they_cover()
    {
        var w = await ArrangeAsync(Db);
        var draft = await CreateAsync(w, "F/1", Today.AddDays(30), null);
        var published = await PublishedAsync(w, "F/0", Today, Today.AddDays(10));

        async Task<List<Guid>?> ListedAsync(Guid user)
        {
            await using var scope = await AsAsync(user);
            var result = await scope.Get<PolicyQuery>().ListAsync(new PolicyFilter(), Ct);
            return result.Value?.Select(i => i.Policy.Id).ToList();
        }
        async Task<bool> ReadsAsync(Guid user, Guid id)
        {
            await using var scope = await AsAsync(user);
            return await scope.Get<PolicyQuery>().DetailAsync(id, Ct) is not null;
        }

        Assert.Equal([draft.Id, published.Id], await ListedAsync(w.Admin));
        Assert.Equal([draft.Id, published.Id], await ListedAsync(w.Leader));
        Assert.Equal([published.Id], await ListedAsync(w.DinkesAdmin));
        Assert.Null(await ListedAsync(w.StaffUser));

        Assert.True(await ReadsAsync(w.Leader, draft.Id));
        Assert.False(await ReadsAsync(w.DinkesAdmin, draft.Id));
        Assert.True(await ReadsAsync(w.DinkesAdmin, published.Id));
        Assert.False(await ReadsAsync(w.StaffUser, draft.Id));
        Assert.True(await ReadsAsync(w.StaffUser, published.Id));
        Assert.True(await ReadsAsync(w.TeacherUser, published.Id));
        Assert.False(await ReadsAsync(w.ContractUser, published.Id));

        await using var staff = await AsAsync(w.StaffUser);
        Assert.Equal([published.Id], (await staff.Get<PolicyQuery>().MineAsync(Ct)).Select(m => m.Policy.Id));
        await using var contract = await AsAsync(w.ContractUser);
        Assert.Empty(await contract.Get<PolicyQuery>().MineAsync(Ct));
    }

    [Fact]
    public async Task The_list_filters_by_text_year_and_state()
    {
        var w = await ArrangeAsync(Db);
        var old = await PublishedAsync(w, "800/68/III/BKPSDM-2020", new DateOnly(2020, 3, 24), new DateOnly(2020, 4, 30));
        var current = await PublishedAsync(w, "060/1160/2026", Today, null);
        var draft = await CreateAsync(w, "061.1/1882/ORG", Today.AddYears(2), null);

        async Task<List<Guid>> ListAsync(PolicyFilter filter)
        {
            await using var scope = await AsAsync(w.Admin);
            return [.. (await scope.Get<PolicyQuery>().ListAsync(filter, Ct)).Value!.Select(i => i.Policy.Id)];
        }

        Assert.Equal([old.Id], await ListAsync(new PolicyFilter(Text: "bkpsdm")));
        Assert.Equal([old.Id], await ListAsync(new PolicyFilter(Year: 2020)));
        Assert.Equal([current.Id], await ListAsync(new PolicyFilter(State: PolicyState.InForce)));
        Assert.Equal([old.Id], await ListAsync(new PolicyFilter(State: PolicyState.Expired)));
        Assert.Equal([draft.Id], await ListAsync(new PolicyFilter(State: PolicyState.Draft)));
        Assert.Equal([draft.Id, current.Id], await ListAsync(new PolicyFilter(Year: Today.AddYears(2).Year)));
    }

    [Fact]
    public async Task A_template_starts_a_draft_from_tomorrow_keeping_the_exempt_units_the_tenant_has()
    {
        var w = await ArrangeAsync(Db);
        await using var scope = await AsAsync(w.Admin);
        var result = await scope.Get<PolicyService>().StartFromTemplateAsync("kebumen-2020", Ct);
        Assert.True(result.IsDone, string.Join("; ", result.Problems));
        var (policy, dropped) = result.Value!;
        Assert.Equal((Today.AddDays(1), Today.AddDays(3)), (policy.EffectiveFrom, policy.EffectiveUntil));
        Assert.Equal(["bpbd"], policy.Rules.ExemptUnits);
        Assert.Equal(["dinkes.upt-paru", "dinkes.labkesda", "disperkimlh", "satpolpp"], dropped);
        Assert.Equal(("Bupati Kebumen", "060/1160/2020", PolicyStatus.Draft), (policy.SignerPost, policy.Number, policy.Status));
        Assert.Equal(7, policy.Rules.MinimumOnSite.Count);

        var open = (await scope.Get<PolicyService>().StartFromTemplateAsync("solok-selatan-2020", Ct)).Value!.Policy;
        Assert.Null(open.EffectiveUntil);
        Assert.Equal("template", Assert.Single((await scope.Get<PolicyService>().StartFromTemplateAsync("jakarta", Ct)).Problems).Where);
    }

    [Fact]
    public async Task Every_shipped_template_reads_and_starts_a_valid_draft()
    {
        var w = await ArrangeAsync(Db);
        await using var scope = await AsAsync(w.Admin);
        foreach (var template in PolicyTemplates.All)
        {
            var result = await scope.Get<PolicyService>().StartFromTemplateAsync(template.Key, Ct);
            Assert.True(result.IsDone, $"{template.Key}: {string.Join("; ", result.Problems)}");
            Assert.Equal(template.Rules.Shifts, result.Value!.Policy.Rules.Shifts);
        }
    }

    public sealed class OnSqlite(SqliteFixture db) : PolicyServiceTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : PolicyServiceTests(db), IClassFixture<PostgresFixture>;
}
