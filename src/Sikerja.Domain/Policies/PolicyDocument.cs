namespace Sikerja.Domain.Policies;

/// <summary>The signed circular as a file (PDF or a scan as PNG/JPEG), at most one per policy version.</summary>
public sealed class PolicyDocument : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid PolicyId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public int Size { get; set; }
    public required byte[] Content { get; set; }
    public DateTime UploadedAt { get; set; }
    public Guid? UploadedBy { get; set; }
}
