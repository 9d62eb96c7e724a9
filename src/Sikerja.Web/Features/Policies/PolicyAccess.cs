using Sikerja.Domain.Policies;
using Sikerja.Web.Access;

namespace Sikerja.Web.Features.Policies;

/// <summary>
/// Who may do what with circulars: tenant admins write and publish them; leadership reads all, drafts included;
/// agency admins read every published version; every employee reads the published circulars that cover them.
/// Acknowledgements are seen by tenant admins and leadership for the whole tenant, by agency admins for their
/// agencies, and reminded by both kinds of admin.
/// </summary>
public sealed class PolicyAccess(CurrentUser user)
{
    public bool InTenant => user.TenantId is not null;

    public bool CanEdit => InTenant && user.IsTenantAdmin;

    public bool ReadsAll => InTenant && (user.ReadsWholeTenant || user.IsAgencyAdmin);

    public bool SeesDrafts => InTenant && user.ReadsWholeTenant;

    public bool SeesAcknowledgements => ReadsAll;

    public bool SeesAllAgencies => InTenant && user.ReadsWholeTenant;

    public bool CanRemind => InTenant && (user.IsTenantAdmin || user.IsAgencyAdmin);

    public IReadOnlySet<Guid> OwnAgencies => user.AdminOfAgencies;

    public Guid? EmployeeId => user.EmployeeId;

    public Guid? UserId => user.UserId;

    /// <summary>Whether the caller may read <paramref name="policy"/>, given whether it covers the caller as an employee.</summary>
    public bool MayRead(Policy policy, bool coversMe) =>
        InTenant && (policy.Status == PolicyStatus.Draft ? SeesDrafts : ReadsAll || coversMe);
}
