namespace Sikerja.Data.Tenancy;

/// <summary>
/// The tenant the current request or command works in. Every tenant-owned table is filtered by it; without a
/// tenant nothing tenant-owned is visible. Cross-tenant work (system admin, batch jobs) says so explicitly with
/// <c>IgnoreQueryFilters()</c>.
/// </summary>
public sealed class TenantScope
{
    public Guid? TenantId { get; private set; }

    public void Enter(Guid tenantId)
    {
        if (TenantId is { } current && current != tenantId)
        {
            throw new InvalidOperationException("A scope cannot move to another tenant.");
        }
        TenantId = tenantId;
    }
}
