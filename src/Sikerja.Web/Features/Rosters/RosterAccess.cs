using Sikerja.Data.Rosters;
using Sikerja.Web.Access;

namespace Sikerja.Web.Features.Rosters;

/// <summary>
/// Who may do what with stored rosters. Tenant admins plan, edit and publish everything; an agency admin plans,
/// edits and publishes their agencies' rosters, and reviews and edits their agencies' part of a whole-tenant
/// roster (which only a tenant admin publishes); leadership reads every roster. Employees see none of this
/// (their own schedule comes from the published rosters).
/// </summary>
public sealed class RosterAccess(CurrentUser user)
{
    public Guid? TenantId => user.TenantId;

    public Guid? UserId => user.UserId;

    public bool MayPlanAny => user.TenantId is not null && (user.IsTenantAdmin || user.IsAgencyAdmin);

    public bool MayPlan(Guid? agencyId) =>
        user.TenantId is not null && (user.IsTenantAdmin || (agencyId is { } a && user.AdminOfAgencies.Contains(a)));

    /// <summary>The agencies whose rows of <paramref name="plan"/> the caller may read; null for all of them.</summary>
    public IReadOnlySet<Guid>? ReadableAgencies(RosterPlan plan)
    {
        if (user.ReadsWholeTenant)
        {
            return null;
        }
        return plan.AgencyId is { } a ? (user.AdminOfAgencies.Contains(a) ? new HashSet<Guid> { a } : new HashSet<Guid>()) : user.AdminOfAgencies;
    }

    public bool MayRead(RosterPlan plan) => ReadableAgencies(plan) is not { Count: 0 };

    /// <summary>Cells of the agency <paramref name="agencyId"/> in a draft; published rosters change only through repair.</summary>
    public bool MayEdit(RosterPlan plan, Guid agencyId) =>
        plan.Status == RosterStatus.Draft && (user.IsTenantAdmin || user.AdminOfAgencies.Contains(agencyId));

    public bool MayPublish(RosterPlan plan) => MayPlan(plan.AgencyId);

    /// <summary>Unavailability and priority-home flags are health data: tenant admins and the agency's own admins.</summary>
    public bool SeesHealthOf(Guid agencyId) => user.IsTenantAdmin || user.AdminOfAgencies.Contains(agencyId);
}
