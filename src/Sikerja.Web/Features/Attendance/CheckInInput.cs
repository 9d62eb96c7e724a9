using Sikerja.Domain.Attendance;
using Sikerja.Domain.Rosters;

namespace Sikerja.Web.Features.Attendance;

/// <summary>A check-in or check-out as the phone sends it; <see cref="ClientId"/> is made on the phone before the first try.</summary>
public sealed record CheckInInput(
    Guid ClientId,
    CheckDirection? Direction,
    WorkMode? Mode,
    DateTime? DeviceAt,
    double? Latitude = null,
    double? Longitude = null,
    double? AccuracyMetres = null,
    string? QrToken = null,
    CheckInPhotoInput? Photo = null);

/// <summary>A live photo taken with the check-in.</summary>
public sealed record CheckInPhotoInput(string ContentType, byte[] Content)
{
    public const int MaxBytes = 512 * 1024;

    public static readonly IReadOnlySet<string> ContentTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "image/jpeg", "image/png", "image/webp" };

    /// <summary>A photo sent as a data URL (<c>data:image/jpeg;base64,…</c>), or null with the reason it is not one.</summary>
    public static (CheckInPhotoInput? Photo, string? Problem) FromDataUrl(string dataUrl)
    {
        const string prefix = "data:";
        var comma = dataUrl.IndexOf(',', StringComparison.Ordinal);
        var header = comma > 0 ? dataUrl[..comma] : "";
        if (!header.StartsWith(prefix, StringComparison.Ordinal) || !header.EndsWith(";base64", StringComparison.Ordinal))
        {
            return (null, "foto harus berupa data URL base64 (data:image/jpeg;base64,…)");
        }
        var payload = dataUrl.AsSpan(comma + 1);
        if (payload.Length > (MaxBytes / 3 * 4) + 4)
        {
            return (null, $"foto paling besar {MaxBytes / 1024} KB");
        }
        var bytes = new byte[(payload.Length / 4 * 3) + 3];
        return Convert.TryFromBase64Chars(payload, bytes, out var written)
            ? (new CheckInPhotoInput(header[prefix.Length..^";base64".Length], bytes[..written]), null)
            : (null, "foto bukan base64 yang sah");
    }
}
