using Sikerja.Data.Audit;
using Sikerja.Data.Tenancy;
using Sikerja.Domain.Imports;
using Sikerja.Web.Access;

namespace Sikerja.Web.Features.Imports;

/// <summary>
/// Who imports or exports an organisation, and how much of it: the signed-in tenant admin (the whole tenant) or
/// agency admin (their agencies), or a command-line run that takes tenant-admin rights for one named tenant.
/// </summary>
public sealed class ImportActor(CurrentUser user, TenantScope tenantScope, AuditActor auditActor)
{
    private Guid? _commandLineTenant;

    public Guid? TenantId => _commandLineTenant ?? user.TenantId;

    /// <summary>The account recorded on a batch; none for the command line.</summary>
    public Guid? UserId => _commandLineTenant is null ? user.UserId : null;

    public bool WholeTenant => _commandLineTenant is not null || user.IsTenantAdmin;

    public bool MayImport => TenantId is not null && (WholeTenant || user.IsAgencyAdmin);

    public ImportScope Scope => WholeTenant ? ImportScope.Tenant : ImportScope.WithinAgencies(user.AdminOfAgencies);

    /// <summary>
    /// Works in <paramref name="tenantId"/> with tenant-admin rights, the audit trail naming <paramref name="actorName"/>.
    /// For the command line only: no web request reaches this.
    /// </summary>
    public void ActForTenant(Guid tenantId, string actorName)
    {
        tenantScope.Enter(tenantId);
        auditActor.Set(null, actorName);
        _commandLineTenant = tenantId;
    }
}
