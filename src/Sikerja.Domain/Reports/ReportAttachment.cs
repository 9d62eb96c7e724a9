namespace Sikerja.Domain.Reports;

/// <summary>The file attached to one activity (a scan, a photo, a document), kept apart so lists never load it.</summary>
public sealed class ReportAttachment : ITenantOwned
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxFileNameLength = 200;

    public Guid ActivityId { get; set; }
    public Guid TenantId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
}
