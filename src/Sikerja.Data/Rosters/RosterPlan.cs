using Sikerja.Domain;
using Sikerja.Domain.Policies;

namespace Sikerja.Data.Rosters;

/// <summary>
/// A stored duty roster (jadwal piket) of a period: for the whole tenant (<see cref="AgencyId"/> null) or one agency,
/// planned under one policy. The rules it was planned under are kept as a snapshot, so that a later amendment
/// of the policy does not change what this roster was checked against. Its assignments are <see cref="RosterEntry"/> rows.
/// </summary>
public sealed class RosterPlan : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }

    /// <summary>The top-level unit planned; null for the whole tenant.</summary>
    public Guid? AgencyId { get; set; }

    /// <summary>The stored policy planned under.</summary>
    public Guid? PolicyId { get; set; }

    /// <summary>The circular's number, as written in the roster format's <c>policy</c>.</summary>
    public required string PolicyNumber { get; set; }

    /// <summary>The policy's rules when planned (stored as the spec's <c>policy</c> JSON, like a policy's own).</summary>
    public required PolicyRules PolicySnapshot { get; set; }

    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public RosterStatus Status { get; set; }

    public DateTime GeneratedAt { get; set; }
    public Guid? GeneratedBy { get; set; }
    public DateTime? PublishedAt { get; set; }
    public Guid? PublishedBy { get; set; }

    /// <summary>The minimum rules that could not be met, as the roster format's <c>shortfalls</c> JSON.</summary>
    public string Shortfalls { get; set; } = "[]";

    /// <summary>The unavoidable cap violations, as the roster format's <c>violations</c> JSON.</summary>
    public string Violations { get; set; } = "[]";

    public int EmployeeCount { get; set; }
    public int WorkingDayCount { get; set; }
}

public enum RosterStatus
{
    Draft,
    Published,
}
