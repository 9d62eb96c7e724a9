using Sikerja.Domain;
using Sikerja.Domain.Tenants;
using Sikerja.Domain.Travel;

namespace Sikerja.Web.Features.TravelRecaps;

/// <summary>A person a recap names: the signer, the Asisten.</summary>
public sealed record RecapPerson(string Name, string? Title, string? Nip);

/// <summary>The tenant as the letter's head and addressee name it.</summary>
public sealed record RecapTenant(string Code, string Name, TenantKind Kind);

/// <summary>
/// An agency's recap of a month: a draft computed from the permits (<see cref="Signed"/> null), or the signed letter
/// with its fixed lines. <see cref="SignOffRefusal"/> says why it cannot be signed yet (the date, no Asisten).
/// </summary>
public sealed record AgencyRecap(
    RecapTenant Tenant,
    RecapAgency Agency,
    RecapMonth Month,
    TravelRecap? Signed,
    IReadOnlyList<RecapTrip> Lines,
    RecapCounts Counts,
    RecapPerson? Head,
    RecapPerson? Asisten,
    bool CallerIsHead,
    Problem? SignOffRefusal,
    bool CallerForwards)
{
    public RecapStatus Status => Signed?.Status ?? RecapStatus.Draft;

    public bool CallerMaySignOff => CallerIsHead && Signed is null && SignOffRefusal is null;
}

/// <summary>One agency in the month's consolidated view: its letter's state and counts (a draft's counted from the permits).</summary>
public sealed record AgencyRecapState(
    RecapAgency Agency, TravelRecap? Signed, IReadOnlyList<RecapTrip> Lines, RecapCounts Counts, string? AsistenName, bool CallerForwards)
{
    public RecapStatus Status => Signed?.Status ?? RecapStatus.Draft;

    public bool Submitted => Status != RecapStatus.Draft;
}

/// <summary>
/// The month across the agencies the caller reads: what has been submitted (signed off or forwarded) with its
/// consolidated counts, what is still to forward by the caller as Asisten, and who has not submitted yet.
/// </summary>
public sealed record ConsolidatedRecap(RecapTenant Tenant, RecapMonth Month, IReadOnlyList<AgencyRecapState> Agencies)
{
    public IReadOnlyList<AgencyRecapState> Submitted => [.. Agencies.Where(a => a.Submitted)];

    public IReadOnlyList<AgencyRecapState> NotSubmitted => [.. Agencies.Where(a => !a.Submitted)];

    public IReadOnlyList<AgencyRecapState> ToForward => [.. Agencies.Where(a => a.CallerForwards)];

    /// <summary>The counts of the submitted letters together (a person who travelled for two agencies counts once).</summary>
    public RecapCounts Counts => RecapCounts.Of(Submitted.SelectMany(a => a.Lines));
}
