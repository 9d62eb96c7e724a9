using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Policies;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Policies;

/// <summary>The signed circular as a file: attached (or replaced) by tenant admins, downloaded by whoever may read
/// the circular.</summary>
public sealed class PolicyDocumentService(SikerjaDbContext db, PolicyAccess access, PolicyReader reader, TimeProvider clock)
{
    public async Task<CommandResult<PolicyDocument>> AttachAsync(Guid policyId, string? fileName, Stream content, CancellationToken ct)
    {
        if (await reader.FindAsync(policyId, tracked: false, ct) is not var (policy, _))
        {
            return CommandResult<PolicyDocument>.NotFound();
        }
        if (!access.CanEdit)
        {
            return CommandResult<PolicyDocument>.Forbidden();
        }
        var bytes = await ReadAtMostAsync(content, PolicyDocumentRules.MaxSize + 1, ct);
        var (contentType, problem) = PolicyDocumentRules.Recognise(bytes);
        if (problem is not null)
        {
            return CommandResult<PolicyDocument>.Refused([problem]);
        }
        var previous = await db.PolicyDocuments.SingleOrDefaultAsync(d => d.PolicyId == policy.Id, ct);
        if (previous is not null)
        {
            db.PolicyDocuments.Remove(previous);
        }
        var document = new PolicyDocument
        {
            TenantId = policy.TenantId,
            PolicyId = policy.Id,
            FileName = PolicyDocumentRules.CleanFileName(fileName, contentType!),
            ContentType = contentType!,
            Size = bytes.Length,
            Content = bytes,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
            UploadedBy = access.UserId,
        };
        db.PolicyDocuments.Add(document);
        await db.SaveChangesAsync(ct);
        return CommandResult<PolicyDocument>.Done(document);
    }

    public async Task<PolicyDocument?> FindAsync(Guid policyId, CancellationToken ct) =>
        await reader.FindAsync(policyId, tracked: false, ct) is null
            ? null
            : await db.PolicyDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.PolicyId == policyId, ct);

    /// <summary>Reads no more than <paramref name="limit"/> bytes, so that an oversized upload is refused without
    /// being held whole.</summary>
    private static async Task<byte[]> ReadAtMostAsync(Stream content, int limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = await content.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
