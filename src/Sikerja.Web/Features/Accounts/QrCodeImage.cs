using QRCoder;

namespace Sikerja.Web.Features.Accounts;

/// <summary>A QR code as a PNG data URI, made on the server: the page needs no script and no outside service.</summary>
public static class QrCodeImage
{
    public static string PngDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
