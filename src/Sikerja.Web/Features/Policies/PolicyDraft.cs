using Sikerja.Domain;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Reports;

namespace Sikerja.Web.Features.Policies;

/// <summary>
/// What a tenant admin writes into a draft circular: the signer and date of issue beside the rules, and who is
/// held to account under it (daily reports, travel permits). An accountability value left null keeps what the
/// draft has: the default on a new draft, the amended version's on an amendment.
/// </summary>
public sealed record PolicyDraft(
    string? SignerName, string? SignerPost, DateOnly? IssuedOn, PolicyRules Rules,
    ReportingScope? Reporting = null, bool? OutOfRegionNeedsPermit = null, bool? OfficialInRegionNeedsPermit = null)
{
    /// <summary>The rules with surrounding blanks trimmed from what people type.</summary>
    public PolicyRules TrimmedRules => Rules with
    {
        Number = Rules.Number.Trim(),
        Title = Rules.Title.Trim(),
        ExemptUnits = [.. Rules.ExemptUnits.Select(u => u.Trim())],
    };

    /// <summary>A reporting scope given as a number outside the enum (JSON and forms accept numbers).</summary>
    public IReadOnlyList<Problem> CheckAccountability() =>
        Reporting is { } scope && !Enum.IsDefined(scope)
            ? [new Problem("reporting", $"cakupan laporan harian tidak dikenal; pilihan: {string.Join(", ", Enum.GetNames<ReportingScope>())}")]
            : [];

    /// <summary>Writes the draft into <paramref name="policy"/>; unchanged rules leave no trace in the audit trail
    /// (the stored rules are compared by their JSON).</summary>
    public void ApplyTo(Policy policy)
    {
        policy.SignerName = SignerName?.Trim() ?? "";
        policy.SignerPost = SignerPost?.Trim() ?? "";
        policy.IssuedOn = IssuedOn;
        policy.SetRules(TrimmedRules);
        policy.Reporting = Reporting ?? policy.Reporting;
        policy.OutOfRegionNeedsPermit = OutOfRegionNeedsPermit ?? policy.OutOfRegionNeedsPermit;
        policy.OfficialInRegionNeedsPermit = OfficialInRegionNeedsPermit ?? policy.OfficialInRegionNeedsPermit;
    }
}

/// <summary>A draft started from a template, and the template's exempt units the tenant has no unit for.</summary>
public sealed record TemplateDraft(Policy Policy, IReadOnlyList<string> DroppedUnits);
