namespace Sikerja.Domain.Reports;

/// <summary>
/// What may be attached to an activity: a JPEG or PNG photo or a PDF document of at most
/// <see cref="ReportAttachment.MaxBytes"/>. The kind is read from the file's first bytes, not from its name or the
/// type the browser claims, so what is served back is what it says it is.
/// </summary>
public static class AttachmentRules
{
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Pdf = "application/pdf";

    /// <summary>The content type of <paramref name="content"/> or the problem with the file.</summary>
    public static (string? ContentType, Problem? Problem) Check(string? fileName, ReadOnlySpan<byte> content)
    {
        if (content.Length == 0)
        {
            return (null, new Problem("attachment", "berkas lampiran kosong"));
        }
        if (content.Length > ReportAttachment.MaxBytes)
        {
            return (null, new Problem("attachment", $"berkas lampiran paling besar {ReportAttachment.MaxBytes / (1024 * 1024)} MB"));
        }
        var type = KindOf(content);
        if (type is null)
        {
            return (null, new Problem("attachment", "lampiran harus foto JPEG atau PNG, atau dokumen PDF"));
        }
        if (string.IsNullOrWhiteSpace(fileName) || Path.GetFileName(fileName.Trim()).Length > ReportAttachment.MaxFileNameLength)
        {
            return (null, new Problem("attachment", $"nama berkas lampiran harus 1 sampai {ReportAttachment.MaxFileNameLength} karakter"));
        }
        return (type, null);
    }

    /// <summary>The name kept for a file: without any folder the browser sent.</summary>
    public static string FileNameOf(string fileName) => Path.GetFileName(fileName.Trim());

    private static string? KindOf(ReadOnlySpan<byte> c) =>
        c.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? Jpeg
        : c.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? Png
        : c.StartsWith("%PDF-"u8) ? Pdf
        : null;
}
