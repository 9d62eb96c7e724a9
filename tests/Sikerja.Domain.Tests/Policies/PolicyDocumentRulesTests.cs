using System.Text;
using Sikerja.Domain.Policies;

namespace Sikerja.Domain.Tests.Policies;

public sealed class PolicyDocumentRulesTests
{
    [Fact]
    public void Pdf_png_and_jpeg_are_recognised_by_their_first_bytes()
    {
        Assert.Equal("application/pdf", PolicyDocumentRules.Recognise("%PDF-1.7\n"u8).ContentType);
        Assert.Equal("image/png", PolicyDocumentRules.Recognise([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]).ContentType);
        Assert.Equal("image/jpeg", PolicyDocumentRules.Recognise([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]).ContentType);
    }

    [Fact]
    public void Other_content_is_refused_whatever_its_name()
    {
        var (type, problem) = PolicyDocumentRules.Recognise(Encoding.UTF8.GetBytes("<html>surat.pdf</html>"));
        Assert.Null(type);
        Assert.Equal(new Problem("file", "berkas harus PDF, PNG atau JPEG"), problem);
        Assert.Equal("berkas kosong", PolicyDocumentRules.Recognise([]).Problem?.Message);
    }

    [Fact]
    public void A_file_over_ten_megabytes_is_refused()
    {
        var content = new byte[PolicyDocumentRules.MaxSize + 1];
        "%PDF-"u8.CopyTo(content);
        Assert.Contains("10 MB", PolicyDocumentRules.Recognise(content).Problem?.Message, StringComparison.Ordinal);
        Assert.Null(PolicyDocumentRules.Recognise(content.AsSpan(0, PolicyDocumentRules.MaxSize)).Problem);
    }

    [Fact]
    public void File_names_lose_folders_and_quotes_and_get_one_when_missing()
    {
        Assert.Equal("SE 060.pdf", PolicyDocumentRules.CleanFileName(@"C:\Users\bkpsdm\SE 060.pdf", "application/pdf"));
        Assert.Equal("se.pdf", PolicyDocumentRules.CleanFileName("../se.pdf", "application/pdf"));
        Assert.Equal("ab.png", PolicyDocumentRules.CleanFileName("a\"b.png", "image/png"));
        Assert.Equal("surat-edaran.jpg", PolicyDocumentRules.CleanFileName("  ", "image/jpeg"));
        Assert.Equal(PolicyDocumentRules.MaxFileNameLength, PolicyDocumentRules.CleanFileName(new string('a', 300) + ".pdf", "application/pdf").Length);
    }
}
