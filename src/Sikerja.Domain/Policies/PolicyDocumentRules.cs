namespace Sikerja.Domain.Policies;

/// <summary>What a signed circular's file may be: a PDF, PNG or JPEG (recognised by its first bytes, not by its
/// name) of at most <see cref="MaxSize"/> bytes.</summary>
public static class PolicyDocumentRules
{
    public const int MaxSize = 10 * 1024 * 1024;
    public const int MaxFileNameLength = 200;

    /// <summary>The media type of the file's content, or a problem when it is not one of the accepted kinds.</summary>
    public static (string? ContentType, Problem? Problem) Recognise(ReadOnlySpan<byte> content)
    {
        if (content.Length == 0)
        {
            return (null, new Problem("file", "berkas kosong"));
        }
        if (content.Length > MaxSize)
        {
            return (null, new Problem("file", $"berkas paling besar {MaxSize / (1024 * 1024)} MB"));
        }
        if (content.StartsWith("%PDF-"u8))
        {
            return ("application/pdf", null);
        }
        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ("image/png", null);
        }
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return ("image/jpeg", null);
        }
        return (null, new Problem("file", "berkas harus PDF, PNG atau JPEG"));
    }

    /// <summary>The name kept for downloads: without folders or control characters, shortened to fit.</summary>
    public static string CleanFileName(string? name, string contentType)
    {
        var bare = Path.GetFileName((name ?? "").Replace('\\', '/'));
        var clean = new string(bare.Where(c => !char.IsControl(c) && c is not '"' and not '/').ToArray()).Trim();
        if (clean.Length == 0)
        {
            clean = "surat-edaran" + contentType switch { "application/pdf" => ".pdf", "image/png" => ".png", _ => ".jpg" };
        }
        return clean.Length <= MaxFileNameLength ? clean : clean[^MaxFileNameLength..];
    }
}
