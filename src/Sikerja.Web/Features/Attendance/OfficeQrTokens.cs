using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Sikerja.Domain;
using Sikerja.Domain.Attendance;

namespace Sikerja.Web.Features.Attendance;

/// <summary>
/// Signs and checks the rotating office QR codes with ASP.NET Data Protection (keys shared by every node): a code
/// carries its expiry, so one photographed earlier, or made up, checks no one in.
/// </summary>
public sealed class OfficeQrTokens(IDataProtectionProvider protection, TimeProvider time)
{
    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("Sikerja.Attendance.OfficeQr.v1").ToTimeLimitedDataProtector();

    /// <summary>A code for the office, valid for <paramref name="lifetimeSeconds"/> from now.</summary>
    public (string Token, DateTime ExpiresAt) Issue(Guid tenantId, Guid unitId, int lifetimeSeconds)
    {
        var now = time.GetUtcNow();
        var expires = now.AddSeconds(lifetimeSeconds);
        var payload = new OfficeQrPayload(tenantId, unitId, OfficeQrPayload.WindowOf(now.UtcDateTime, lifetimeSeconds));
        return (_protector.Protect(payload.Format(), expires), expires.UtcDateTime);
    }

    /// <summary>The office the code was shown at, or why it does not count.</summary>
    public (OfficeQrPayload? Payload, Problem? Problem) Read(string token, Guid tenantId)
    {
        string text;
        try
        {
            text = _protector.Unprotect(token, out var expiration);
            if (expiration < time.GetUtcNow())
            {
                return (null, Expired);
            }
        }
        catch (CryptographicException)
        {
            // Data Protection says "expired" and "forged" the same way; both mean: scan the code on the screen now.
            return (null, Expired);
        }
        var payload = OfficeQrPayload.Parse(text);
        return payload is null || payload.TenantId != tenantId
            ? (null, new Problem("qrToken", "kode QR ini bukan kode kantor instansi Anda"))
            : (payload, null);
    }

    private static readonly Problem Expired =
        new("qrToken", "kode QR tidak sah atau sudah kedaluwarsa; pindai kode yang sedang tampil di layar kantor");
}
