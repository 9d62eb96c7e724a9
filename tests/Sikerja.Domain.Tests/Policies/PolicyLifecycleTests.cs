using Sikerja.Domain.Policies;
using Sikerja.Domain.Reports;
using static Sikerja.Domain.Tests.Policies.PolicySamples;

namespace Sikerja.Domain.Tests.Policies;

public sealed class PolicyLifecycleTests
{
    private static IReadOnlyList<Problem> Publish(Policy draft, IReadOnlyCollection<Policy> others, params Guid[] supersede) =>
        PolicyLifecycle.Publish(draft, others, supersede, Units, Today, Now, Guid.Empty);

    [Fact]
    public void A_complete_draft_is_published_with_its_time_and_publisher()
    {
        var draft = Draft("060/1160/2020", D(3, 26), D(3, 28));
        Assert.Empty(Publish(draft, []));
        Assert.Equal((PolicyStatus.Published, Now, Guid.Empty), (draft.Status, draft.PublishedAt, draft.PublishedBy));
        Assert.True(draft.IsInForceOn(D(3, 26)));
        Assert.False(draft.IsInForceOn(D(3, 29)));
    }

    [Fact]
    public void A_draft_is_never_in_force()
    {
        var draft = Draft("1", D(3, 26), null);
        Assert.False(draft.IsInForceOn(D(3, 26)));
        Assert.False(draft.Overlaps(D(1, 1), null));
        Assert.Equal(PolicyState.Draft, draft.StateOn(D(3, 26)));
    }

    [Fact]
    public void Publishing_needs_signer_post_and_date_of_issue()
    {
        var draft = Draft("1", D(3, 26), null);
        draft.SignerName = " ";
        draft.SignerPost = "";
        draft.IssuedOn = null;
        var problems = Publish(draft, []);
        Assert.Equal(["signerName", "signerPost", "issuedOn"], problems.Select(p => p.Where));
        Assert.Equal(PolicyStatus.Draft, draft.Status);
    }

    [Fact]
    public void Publishing_checks_the_rules_and_that_exempt_units_exist()
    {
        var draft = Draft("1", D(3, 26), null);
        draft.SetRules(draft.Rules with { ExemptUnits = ["bpbd", "damkar"], MaxOnSiteFraction = 1.5m });
        var problems = Publish(draft, []);
        Assert.Contains(problems, p => p is { Where: "exemptUnits[1]" } && p.Message.Contains("'damkar'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Where == "maxOnSiteFraction");
        Assert.Equal(PolicyStatus.Draft, draft.Status);
    }

    [Fact]
    public void A_policy_is_published_once()
    {
        var policy = Published("1", D(3, 26), null);
        var problem = Assert.Single(Publish(policy, []));
        Assert.Equal("status", problem.Where);
    }

    [Fact]
    public void Only_a_draft_is_editable()
    {
        Assert.Empty(PolicyLifecycle.CheckEditable(Draft("1", D(3, 26), null)));
        Assert.Equal("status", Assert.Single(PolicyLifecycle.CheckEditable(Published("1", D(3, 26), null))).Where);
    }

    [Fact]
    public void An_overlapping_circular_must_be_named_and_nothing_changes_until_it_is()
    {
        var old = Published("A", D(3, 16), D(3, 31));
        var draft = Draft("B", D(3, 25), D(4, 8));
        var problem = Assert.Single(Publish(draft, [old]));
        Assert.Equal("supersedes", problem.Where);
        Assert.Contains("A (2020-03-16 s.d. 2020-03-31)", problem.Message, StringComparison.Ordinal);
        Assert.Equal((PolicyStatus.Draft, PolicyStatus.Published, D(3, 31)), (draft.Status, old.Status, old.EffectiveUntil));
    }

    [Fact]
    public void A_named_circular_ends_the_day_before_the_new_one_begins()
    {
        var old = Published("A", D(3, 16), null);
        var draft = Draft("B", D(3, 25), D(4, 8));
        Assert.Empty(Publish(draft, [old], old.Id));
        Assert.Equal((PolicyStatus.Superseded, D(3, 24), draft.Id), (old.Status, old.EffectiveUntil, old.SupersededById));
        Assert.Equal(D(3, 24), old.Rules.EffectiveUntil);
        Assert.True(old.IsInForceOn(D(3, 24)));
        Assert.False(old.IsInForceOn(D(3, 25)));
        Assert.Equal(PolicyState.Superseded, old.StateOn(D(3, 20)));
    }

    [Fact]
    public void A_circular_superseded_before_it_began_was_never_in_force()
    {
        var later = Published("A", D(3, 30), D(4, 10));
        var draft = Draft("B", D(3, 25), D(4, 30));
        Assert.Empty(Publish(draft, [later], later.Id));
        Assert.Equal(D(3, 24), later.EffectiveUntil);
        Assert.False(later.Overlaps(D(1, 1), null));
        Assert.False(later.IsInForceOn(D(3, 30)));
    }

    [Fact]
    public void Naming_a_circular_that_does_not_overlap_or_is_unknown_is_refused()
    {
        var before = Published("A", D(3, 1), D(3, 10));
        var draft = Draft("B", D(3, 25), D(4, 8));
        var problems = Publish(draft, [before], before.Id, Guid.NewGuid());
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal("supersedes", p.Where));
        Assert.Contains(problems, p => p.Message.Contains("tidak tumpang tindih", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("tidak ditemukan", StringComparison.Ordinal));
        Assert.Equal(PolicyStatus.Published, before.Status);
    }

    [Fact]
    public void Circulars_side_by_side_need_no_naming()
    {
        var first = Published("A", D(3, 1), D(3, 24));
        var draft = Draft("B", D(3, 25), null);
        Assert.Empty(Publish(draft, [first]));
        Assert.Equal(PolicyStatus.Published, first.Status);
    }

    [Fact]
    public void Drafts_do_not_clash()
    {
        var otherDraft = Draft("A", D(3, 1), null);
        Assert.Empty(Publish(Draft("B", D(3, 25), null), [otherDraft]));
    }

    [Fact]
    public void An_open_ended_circular_overlaps_everything_after_its_start()
    {
        var open = Published("A", D(3, 1), null);
        Assert.Single(Publish(Draft("B", new DateOnly(2021, 1, 1), new DateOnly(2021, 1, 5)), [open]));
        Assert.Empty(Publish(Draft("C", D(2, 1), D(2, 28)), [open]));
    }

    [Fact]
    public void Superseding_cannot_reach_into_the_past()
    {
        var old = Published("A", D(3, 1), null);
        var draft = Draft("B", D(3, 19), null);
        var problem = Assert.Single(Publish(draft, [old], old.Id));
        Assert.Equal("effectiveFrom", problem.Where);
        Assert.Null(old.EffectiveUntil);
    }

    [Fact]
    public void A_circular_in_the_past_that_replaces_nothing_may_be_recorded()
    {
        var draft = Draft("B", D(3, 1), D(3, 10));
        Assert.Empty(Publish(draft, []));
        Assert.Equal(PolicyState.Expired, draft.StateOn(Today));
    }

    [Fact]
    public void The_number_of_another_published_circular_is_refused()
    {
        var other = Published("060/1160/2020", D(1, 1), D(1, 31));
        var problem = Assert.Single(Publish(Draft("060/1160/2020", D(3, 25), null), [other]));
        Assert.Equal("number", problem.Where);
    }

    [Fact]
    public void States_follow_the_dates()
    {
        var policy = Published("A", D(3, 25), D(3, 28));
        Assert.Equal(PolicyState.Scheduled, policy.StateOn(D(3, 24)));
        Assert.Equal(PolicyState.InForce, policy.StateOn(D(3, 25)));
        Assert.Equal(PolicyState.InForce, policy.StateOn(D(3, 28)));
        Assert.Equal(PolicyState.Expired, policy.StateOn(D(3, 29)));
        Assert.Equal(PolicyState.InForce, Published("B", D(3, 25), null).StateOn(new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void Extension_moves_the_end_later_or_opens_it()
    {
        var policy = Published("A", D(3, 26), D(3, 28));
        Assert.Empty(PolicyLifecycle.Extend(policy, D(4, 9), []));
        Assert.Equal(D(4, 9), policy.EffectiveUntil);
        Assert.Equal(D(4, 9), policy.Rules.EffectiveUntil);
        Assert.Empty(PolicyLifecycle.Extend(policy, null, []));
        Assert.Null(policy.EffectiveUntil);
    }

    [Fact]
    public void Extension_is_refused_when_it_is_not_later_or_already_open()
    {
        var policy = Published("A", D(3, 26), D(3, 28));
        Assert.Equal("effectiveUntil", Assert.Single(PolicyLifecycle.Extend(policy, D(3, 28), [])).Where);
        Assert.Equal("effectiveUntil", Assert.Single(PolicyLifecycle.Extend(policy, D(3, 27), [])).Where);
        Assert.Equal(D(3, 28), policy.EffectiveUntil);
        var open = Published("B", D(3, 26), null);
        Assert.Contains("sampai dicabut", Assert.Single(PolicyLifecycle.Extend(open, D(5, 1), [])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extension_may_not_run_into_the_next_circular()
    {
        var policy = Published("A", D(3, 26), D(3, 28));
        var next = Published("B", D(4, 6), D(4, 20));
        var problem = Assert.Single(PolicyLifecycle.Extend(policy, D(4, 10), [policy, next]));
        Assert.Contains("2020-04-05", problem.Message, StringComparison.Ordinal);
        Assert.Single(PolicyLifecycle.Extend(policy, null, [next]));
        Assert.Empty(PolicyLifecycle.Extend(policy, D(4, 5), [next]));
    }

    [Fact]
    public void Drafts_superseded_and_revoked_circulars_are_not_extended()
    {
        Assert.Equal("status", Assert.Single(PolicyLifecycle.Extend(Draft("A", D(3, 26), D(3, 28)), D(4, 1), [])).Where);
        var revoked = Published("B", D(3, 26), D(4, 28));
        Assert.Empty(PolicyLifecycle.Revoke(revoked, D(4, 1), "kasus menurun", Today));
        Assert.Equal("status", Assert.Single(PolicyLifecycle.Extend(revoked, D(5, 1), [])).Where);
    }

    [Fact]
    public void Revocation_ends_the_circular_the_day_before_and_keeps_the_reason()
    {
        var policy = Published("A", D(3, 16), null);
        Assert.Empty(PolicyLifecycle.Revoke(policy, D(4, 1), "  Status tanggap darurat berakhir ", Today));
        Assert.Equal((PolicyStatus.Revoked, D(3, 31), D(4, 1), "Status tanggap darurat berakhir"),
            (policy.Status, policy.EffectiveUntil, policy.RevokedFrom, policy.RevocationReason));
        Assert.True(policy.IsInForceOn(D(3, 31)));
        Assert.False(policy.IsInForceOn(D(4, 1)));
        Assert.Equal(PolicyState.Revoked, policy.StateOn(Today));
    }

    [Fact]
    public void Revocation_needs_a_reason_a_date_from_today_and_a_day_still_to_revoke()
    {
        var policy = Published("A", D(3, 16), D(3, 31));
        var problems = PolicyLifecycle.Revoke(policy, D(3, 19), " ", Today);
        Assert.Equal(["reason", "from"], problems.Select(p => p.Where));
        Assert.Contains("sudah berakhir", Assert.Single(PolicyLifecycle.Revoke(policy, D(4, 1), "x", Today)).Message, StringComparison.Ordinal);
        Assert.Equal("reason", Assert.Single(PolicyLifecycle.Revoke(policy, D(3, 25), new string('x', 501), Today)).Where);
        Assert.Equal((PolicyStatus.Published, D(3, 31)), (policy.Status, policy.EffectiveUntil));
        Assert.Equal("status", Assert.Single(PolicyLifecycle.Revoke(Draft("B", D(3, 26), null), D(3, 27), "x", Today)).Where);
    }

    [Fact]
    public void Revoking_a_scheduled_circular_from_its_start_means_it_never_applies()
    {
        var policy = Published("A", D(4, 1), D(4, 14));
        Assert.Empty(PolicyLifecycle.Revoke(policy, D(4, 1), "dibatalkan", Today));
        Assert.False(policy.Overlaps(D(1, 1), null));
    }

    [Fact]
    public void An_amendment_is_the_next_version_as_a_draft_with_the_same_rules_from_its_date()
    {
        var policy = Published("A", D(3, 16), D(4, 30));
        (policy.Reporting, policy.OutOfRegionNeedsPermit, policy.OfficialInRegionNeedsPermit) = (ReportingScope.Everyone, false, true);
        var (amendment, problems) = PolicyLifecycle.Amend(policy, [policy], D(4, 1), Today, Now, Guid.Empty);
        Assert.Empty(problems);
        Assert.NotNull(amendment);
        Assert.Equal((policy.SeriesId, 2, PolicyStatus.Draft), (amendment.SeriesId, amendment.Version, amendment.Status));
        Assert.Equal((D(4, 1), D(4, 30)), (amendment.EffectiveFrom, amendment.EffectiveUntil));
        Assert.Equal(policy.Rules.MinimumOnSite, amendment.Rules.MinimumOnSite);
        Assert.Equal((policy.SignerName, policy.SignerPost, (DateOnly?)null), (amendment.SignerName, amendment.SignerPost, amendment.IssuedOn));
        Assert.Equal((ReportingScope.Everyone, false, true), (amendment.Reporting, amendment.OutOfRegionNeedsPermit, amendment.OfficialInRegionNeedsPermit));
        Assert.Equal(PolicyStatus.Published, policy.Status);
    }

    [Fact]
    public void Publishing_an_amendment_supersedes_the_version_before_without_naming_it()
    {
        var policy = Published("A", D(3, 16), D(4, 30));
        var (amendment, _) = PolicyLifecycle.Amend(policy, [policy], D(4, 1), Today, Now, null);
        amendment!.SetRules(amendment.Rules with { Number = "A/perubahan", MaxOnSiteFraction = 0.25m });
        amendment.IssuedOn = D(3, 31);
        Assert.Empty(Publish(amendment, [policy]));
        Assert.Equal((PolicyStatus.Superseded, D(3, 31), amendment.Id), (policy.Status, policy.EffectiveUntil, policy.SupersededById));
        Assert.Equal(PolicyStatus.Published, amendment.Status);
    }

    [Fact]
    public void An_amendment_must_start_inside_the_version_before()
    {
        var policy = Published("A", D(3, 16), D(4, 30));
        var (amendment, _) = PolicyLifecycle.Amend(policy, [policy], D(4, 1), Today, Now, null);
        amendment!.IssuedOn = D(3, 31);
        amendment.SetRules(amendment.Rules with { EffectiveFrom = D(5, 2), EffectiveUntil = D(5, 20) });
        Assert.Equal("effectiveFrom", Assert.Single(Publish(amendment, [policy])).Where);
        Assert.Equal(PolicyStatus.Published, policy.Status);
    }

    [Fact]
    public void An_amendment_of_a_version_revoked_meanwhile_is_not_published()
    {
        var policy = Published("A", D(3, 16), D(4, 30));
        var (amendment, _) = PolicyLifecycle.Amend(policy, [policy], D(4, 1), Today, Now, null);
        amendment!.IssuedOn = D(3, 31);
        Assert.Empty(PolicyLifecycle.Revoke(policy, D(3, 25), "dicabut", Today));
        Assert.Equal("status", Assert.Single(Publish(amendment, [policy])).Where);
    }

    [Fact]
    public void Amendment_dates_must_lie_from_today_inside_the_circular()
    {
        var policy = Published("A", D(3, 16), D(4, 30));
        Assert.Equal("from", Assert.Single(PolicyLifecycle.Amend(policy, [policy], D(3, 19), Today, Now, null).Problems).Where);
        Assert.Equal("from", Assert.Single(PolicyLifecycle.Amend(policy, [policy], D(5, 1), Today, Now, null).Problems).Where);
        var scheduled = Published("B", D(5, 1), null);
        Assert.Equal("from", Assert.Single(PolicyLifecycle.Amend(scheduled, [scheduled], D(4, 30), Today, Now, null).Problems).Where);
        Assert.Empty(PolicyLifecycle.Amend(scheduled, [scheduled], D(5, 1), Today, Now, null).Problems);
    }

    [Fact]
    public void One_amendment_at_a_time_and_only_of_a_published_version()
    {
        var policy = Published("A", D(3, 16), D(4, 30));
        var (amendment, _) = PolicyLifecycle.Amend(policy, [policy], D(4, 1), Today, Now, null);
        var again = PolicyLifecycle.Amend(policy, [policy, amendment!], D(4, 2), Today, Now, null);
        Assert.Null(again.Amendment);
        Assert.Contains("versi 2", Assert.Single(again.Problems).Message, StringComparison.Ordinal);
        Assert.Equal("status", Assert.Single(PolicyLifecycle.Amend(amendment!, [policy, amendment!], D(4, 2), Today, Now, null).Problems).Where);
    }

    [Fact]
    public void Versions_count_up_across_the_series()
    {
        var v1 = Published("A", D(3, 16), D(4, 30));
        var (v2, _) = PolicyLifecycle.Amend(v1, [v1], D(4, 1), Today, Now, null);
        v2!.IssuedOn = D(3, 31);
        Assert.Empty(Publish(v2, [v1]));
        var (v3, problems) = PolicyLifecycle.Amend(v2, [v1, v2], D(4, 10), Today, Now, null);
        Assert.Empty(problems);
        Assert.Equal(3, v3!.Version);
    }
}
