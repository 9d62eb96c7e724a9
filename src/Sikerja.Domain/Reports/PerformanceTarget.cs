namespace Sikerja.Domain.Reports;

/// <summary>
/// One of an employee's yearly performance targets (Sasaran Kinerja Pegawai, kept simple): what is to be
/// delivered in the year, how much of which unit. The employee proposes it; the direct superior agrees it.
/// </summary>
public sealed class PerformanceTarget : ITenantOwned
{
    public const int MaxTitleLength = 300;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid EmployeeId { get; set; }
    public int Year { get; set; }
    public required string Title { get; set; }
    public decimal Quantity { get; set; }
    public required string Unit { get; set; }
    public TargetStatus Status { get; set; }
    public Guid? AgreedBy { get; set; }
    public DateTime? AgreedAt { get; set; }

    /// <summary>The superior's comment when sending it back.</summary>
    public string? Comment { get; set; }
}
