using Sikerja.Domain.Reports;

namespace Sikerja.Domain.Tests.Reports;

public sealed class AttachmentRulesTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 1, 2 }, AttachmentRules.Jpeg)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, AttachmentRules.Png)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34 }, AttachmentRules.Pdf)]
    public void Jpeg_png_and_pdf_are_known_by_their_first_bytes(byte[] content, string type)
    {
        Assert.Equal((type, (Problem?)null), AttachmentRules.Check("bukti.bin", content));
    }

    [Fact]
    public void Anything_else_is_refused_whatever_its_name()
    {
        var (type, problem) = AttachmentRules.Check("foto.jpg", "GIF89a"u8);
        Assert.Null(type);
        Assert.Equal(("attachment", "lampiran harus foto JPEG atau PNG, atau dokumen PDF"), (problem!.Where, problem.Message));
    }

    [Fact]
    public void An_empty_or_too_large_file_is_refused()
    {
        Assert.Equal("berkas lampiran kosong", AttachmentRules.Check("a.pdf", []).Problem?.Message);
        var big = new byte[ReportAttachment.MaxBytes + 1];
        "%PDF-"u8.CopyTo(big);
        Assert.Equal("berkas lampiran paling besar 2 MB", AttachmentRules.Check("a.pdf", big).Problem?.Message);
        Assert.Null(AttachmentRules.Check("a.pdf", big.AsSpan(0, ReportAttachment.MaxBytes)).Problem);
    }

    [Fact]
    public void The_file_name_is_needed_bounded_and_kept_without_folders()
    {
        Assert.NotNull(AttachmentRules.Check(" ", "%PDF-1.4"u8).Problem);
        Assert.NotNull(AttachmentRules.Check(new string('a', ReportAttachment.MaxFileNameLength + 1), "%PDF-1.4"u8).Problem);
        Assert.Equal("surat.pdf", AttachmentRules.FileNameOf("C:/Users/budi/surat.pdf"));
    }
}
