namespace Sikerja.Web.Features.Policies;

/// <summary>
/// Where circulars reach people beyond the pages: called after a circular is published (to everyone it covers)
/// and after a reminder (to those who had not yet acknowledged it), once the change is saved. The in-app
/// notifications implement it (<see cref="InAppPolicyNotifications"/>).
/// </summary>
public interface IPolicyNotifications
{
    Task PublishedAsync(PolicyNotice notice, CancellationToken ct);

    Task ReminderAsync(PolicyNotice notice, CancellationToken ct);
}

/// <summary>One circular sent to some of a tenant's employees.</summary>
public sealed record PolicyNotice(Guid TenantId, Guid PolicyId, string Number, string Title, IReadOnlyList<Guid> EmployeeIds);
