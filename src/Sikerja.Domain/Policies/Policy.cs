using Sikerja.Domain.Reports;

namespace Sikerja.Domain.Policies;

/// <summary>
/// One version of a work-arrangement circular (Surat Edaran) of a tenant. The circular's rules are kept as the
/// spec's <c>policy</c> object (<see cref="Rules"/>); its number, title and effective dates are also columns of
/// their own, for queries, and always equal those of <see cref="Rules"/> (both change only through
/// <see cref="SetRules"/> and <see cref="EndAfter"/>). An amendment is a new version in the same series.
/// Lifecycle changes go through <see cref="PolicyLifecycle"/>.
/// </summary>
public sealed class Policy : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }

    /// <summary>The circular across its versions: the id of its first version.</summary>
    public Guid SeriesId { get; set; }

    /// <summary>1 for the first version, one more for each amendment.</summary>
    public int Version { get; set; } = 1;

    public string Number { get; private set; } = "";
    public string Title { get; private set; } = "";
    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>The last day in force; null while open-ended (until revoked). Before <see cref="EffectiveFrom"/> only
    /// for a circular superseded or revoked before it began, which was never in force.</summary>
    public DateOnly? EffectiveUntil { get; private set; }

    public PolicyRules Rules { get; private set; } = null!;

    /// <summary>Who signed it, by name (e.g. "Yazid Mahfudz").</summary>
    public string SignerName { get; set; } = "";

    /// <summary>The signer's post (e.g. "Bupati Kebumen", "Wakil Bupati Paser").</summary>
    public string SignerPost { get; set; } = "";

    /// <summary>The date the circular was signed (tanggal surat).</summary>
    public DateOnly? IssuedOn { get; set; }

    public PolicyStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTime? PublishedAt { get; set; }
    public Guid? PublishedBy { get; set; }

    /// <summary>The circular or amendment that replaced this one (status <see cref="PolicyStatus.Superseded"/>).</summary>
    public Guid? SupersededById { get; set; }

    /// <summary>The first day it no longer applies after a revocation.</summary>
    public DateOnly? RevokedFrom { get; set; }

    public string? RevocationReason { get; set; }

    /// <summary>Who owes a daily work report while this circular is in force.</summary>
    public ReportingScope Reporting { get; set; } = ReportingScope.HomeWorkers;

    /// <summary>Nobody leaves the region without permission (Solok Selatan, Kukar).</summary>
    public bool OutOfRegionNeedsPermit { get; set; } = true;

    /// <summary>Official trips inside the region need permission too (Seruyan).</summary>
    public bool OfficialInRegionNeedsPermit { get; set; }

    public bool IsPublished => Status != PolicyStatus.Draft;

    /// <summary>Sets the rules, and with them the number, title and effective dates.</summary>
    public void SetRules(PolicyRules rules)
    {
        Rules = rules;
        Number = rules.Number;
        Title = rules.Title;
        EffectiveFrom = rules.EffectiveFrom;
        EffectiveUntil = rules.EffectiveUntil;
    }

    /// <summary>Moves the last day in force (extension, supersession, revocation); null makes it open-ended.</summary>
    public void EndAfter(DateOnly? lastDay) => SetRules(Rules with { EffectiveUntil = lastDay });

    /// <summary>Published (whatever happened later) and in force on <paramref name="date"/>.</summary>
    public bool IsInForceOn(DateOnly date) => IsPublished && Rules.IsInForceOn(date);

    /// <summary>Whether its days in force meet [<paramref name="from"/>, <paramref name="until"/>] (null: open-ended).</summary>
    public bool Overlaps(DateOnly from, DateOnly? until) =>
        IsPublished
        && (EffectiveUntil is not { } end || (end >= from && end >= EffectiveFrom))
        && (until is not { } last || EffectiveFrom <= last);

    public PolicyState StateOn(DateOnly today) => Status switch
    {
        PolicyStatus.Draft => PolicyState.Draft,
        PolicyStatus.Superseded => PolicyState.Superseded,
        PolicyStatus.Revoked => PolicyState.Revoked,
        _ when today < EffectiveFrom => PolicyState.Scheduled,
        _ when EffectiveUntil is { } end && today > end => PolicyState.Expired,
        _ => PolicyState.InForce,
    };
}
