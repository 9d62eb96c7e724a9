using Sikerja.Domain;

namespace Sikerja.Data.Schedule;

/// <summary>
/// An employee's secret calendar subscription: whoever holds the token reads their published office and home days,
/// without signing in. Only the token's SHA-256 is kept, so the address is shown once, when made; making a new one
/// replaces this row, and the old address stops working.
/// </summary>
public sealed class ScheduleFeed : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid EmployeeId { get; set; }

    /// <summary>SHA-256 of the token, lower-case hex.</summary>
    public required string TokenHash { get; set; }

    public DateTime CreatedAt { get; set; }
}
