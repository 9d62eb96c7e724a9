using System.Globalization;

namespace Sikerja.Domain.Attendance;

/// <summary>
/// What an office's rotating QR code says before it is signed: the tenant, the office (unit) and the time window
/// it was shown in (seconds since the Unix epoch divided by the code's lifetime). The web layer signs it with an
/// expiry, so a photo of an earlier code no longer checks anyone in.
/// </summary>
public sealed record OfficeQrPayload(Guid TenantId, Guid UnitId, long Window)
{
    private const string Version = "q1";

    /// <summary>The window an instant falls in, for codes living <paramref name="lifetimeSeconds"/>.</summary>
    public static long WindowOf(DateTime utc, int lifetimeSeconds) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeSeconds() / Math.Max(lifetimeSeconds, 1);

    public string Format() => string.Create(CultureInfo.InvariantCulture, $"{Version}|{TenantId:N}|{UnitId:N}|{Window}");

    /// <summary>The payload, or null when the text is not one (a forged or foreign code).</summary>
    public static OfficeQrPayload? Parse(string text)
    {
        var parts = text.Split('|');
        return parts.Length == 4 && parts[0] == Version
            && Guid.TryParseExact(parts[1], "N", out var tenant)
            && Guid.TryParseExact(parts[2], "N", out var unit)
            && long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var window)
                ? new OfficeQrPayload(tenant, unit, window)
                : null;
    }
}
