namespace Sikerja.Web.Features.RosterRepairs;

/// <param name="From">The first day the repair may change; default today (or the roster's first day, when later).</param>
/// <param name="DryRun">Only say what would change; store and notify nothing.</param>
public sealed record RepairRequest(DateOnly? From = null, bool DryRun = false);

/// <summary>
/// What a repair changed (or, on a dry run, would change), from which day; <see cref="NotInOrganisation"/> people of
/// the roster are no longer in the organisation and kept their days, <see cref="NotInRoster"/> people joined after
/// it was planned and are not in it.
/// </summary>
public sealed record RepairOutcome(
    Guid PlanId, DateOnly From, bool Saved, Guid? RevisionId, IReadOnlyList<RosterChangeRow> Changes, int NotInOrganisation, int NotInRoster);
