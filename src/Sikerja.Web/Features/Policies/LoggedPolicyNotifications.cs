namespace Sikerja.Web.Features.Policies;

/// <summary>Records each publication and reminder as a log line; the stored acknowledgements and reminders are the
/// data, this only says that the event happened.</summary>
public sealed partial class LoggedPolicyNotifications(ILogger<LoggedPolicyNotifications> log) : IPolicyNotifications
{
    public Task PublishedAsync(PolicyNotice notice, CancellationToken ct)
    {
        Published(log, notice.TenantId, notice.PolicyId, notice.Number, notice.EmployeeIds.Count);
        return Task.CompletedTask;
    }

    public Task ReminderAsync(PolicyNotice notice, CancellationToken ct)
    {
        Reminded(log, notice.TenantId, notice.PolicyId, notice.Number, notice.EmployeeIds.Count);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Policy {PolicyId} ({Number}) of tenant {TenantId} published to {Employees} employees")]
    private static partial void Published(ILogger log, Guid tenantId, Guid policyId, string number, int employees);

    [LoggerMessage(Level = LogLevel.Information, Message = "Policy {PolicyId} ({Number}) of tenant {TenantId}: reminder to {Employees} employees")]
    private static partial void Reminded(ILogger log, Guid tenantId, Guid policyId, string number, int employees);
}
