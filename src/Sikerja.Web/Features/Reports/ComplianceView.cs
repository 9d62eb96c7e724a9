namespace Sikerja.Web.Features.Reports;

/// <summary>What the rows of a compliance view are.</summary>
public enum ComplianceLevel
{
    /// <summary>The whole tenant, a row per agency.</summary>
    Tenant,

    /// <summary>One agency, a row per unit of its subtree.</summary>
    Agency,

    /// <summary>The caller's team (everyone below them), a row per unit.</summary>
    Team,

    /// <summary>One unit (of an agency, or of the caller's team), a row per employee with their missing days.</summary>
    Unit,
}

/// <summary>What is asked: a day or a month (yyyy-MM), and where: an agency, a unit, the caller's team; nothing picks the caller's widest view.</summary>
public sealed record ComplianceRequest(DateOnly? Date = null, string? Month = null, Guid? Agency = null, Guid? Unit = null, bool Team = false);

/// <summary>One row: an agency, a unit or an employee (with the NIP and the missing days).</summary>
public sealed record ComplianceRow(Guid Id, string Name, string? Nip, ComplianceCounts Counts, IReadOnlyList<DateOnly> MissingDays);

/// <summary>Compliance of a day or a month for one scope, with a row per agency, unit or employee; the title names
/// the agency or unit (null for the whole tenant and the team).</summary>
public sealed record ComplianceView(
    ComplianceLevel Level, string? Title, DateOnly From, DateOnly To, bool IsMonth, bool Team, Guid? AgencyId, Guid? UnitId,
    ComplianceCounts Totals, IReadOnlyList<ComplianceRow> Rows, DateOnly? LastPassed);
