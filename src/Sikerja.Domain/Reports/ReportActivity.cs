namespace Sikerja.Domain.Reports;

/// <summary>One activity of a daily report: when, what was done, what came out of it, and the target it counts toward.</summary>
public sealed class ReportActivity : ITenantOwned
{
    public const int MaxDescriptionLength = 1000;
    public const int MaxUnitLength = 40;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid ReportId { get; set; }
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }
    public required string Description { get; set; }

    /// <summary>The output: how many of <see cref="Unit"/> (e.g. 3 "dokumen").</summary>
    public decimal Quantity { get; set; }

    public required string Unit { get; set; }

    /// <summary>The performance target (SKP) of the year this activity counts toward, if any.</summary>
    public Guid? TargetId { get; set; }
}
