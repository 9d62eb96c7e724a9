using Sikerja.Domain.Policies;

namespace Sikerja.Web.Features.Policies;

/// <summary>What a tenant admin writes into a draft circular: the signer and date of issue beside the rules.</summary>
public sealed record PolicyDraft(string? SignerName, string? SignerPost, DateOnly? IssuedOn, PolicyRules Rules)
{
    /// <summary>The rules with surrounding blanks trimmed from what people type.</summary>
    public PolicyRules TrimmedRules => Rules with
    {
        Number = Rules.Number.Trim(),
        Title = Rules.Title.Trim(),
        ExemptUnits = [.. Rules.ExemptUnits.Select(u => u.Trim())],
    };

    /// <summary>Writes the draft into <paramref name="policy"/>; unchanged rules leave no trace in the audit trail
    /// (the stored rules are compared by their JSON).</summary>
    public void ApplyTo(Policy policy)
    {
        policy.SignerName = SignerName?.Trim() ?? "";
        policy.SignerPost = SignerPost?.Trim() ?? "";
        policy.IssuedOn = IssuedOn;
        policy.SetRules(TrimmedRules);
    }
}

/// <summary>A draft started from a template, and the template's exempt units the tenant has no unit for.</summary>
public sealed record TemplateDraft(Policy Policy, IReadOnlyList<string> DroppedUnits);
