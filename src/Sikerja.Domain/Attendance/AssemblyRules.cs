namespace Sikerja.Domain.Attendance;

/// <summary>What a scheduled morning assembly must say, and when attendance at it may be recorded.</summary>
public static class AssemblyRules
{
    public const int MaxTitleLength = 200;
    public const int MaxLinkLength = 400;
    public const int MaxPlaceLength = 200;
    public const int MaxReasonLength = 400;

    /// <summary>How long after its start an assembly still takes attendance by the employee's own button.</summary>
    public static readonly TimeSpan AttendanceWindow = TimeSpan.FromHours(2);

    /// <summary>How long before its start the join link may already be clicked.</summary>
    public static readonly TimeSpan EarlyJoin = TimeSpan.FromMinutes(30);

    public static IEnumerable<Problem> Validate(string? title, DateOnly date, DateOnly today, string? onlineLink, string? place)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            yield return new Problem("title", "judul apel wajib diisi");
        }
        else if (title.Trim().Length > MaxTitleLength)
        {
            yield return new Problem("title", $"judul paling panjang {MaxTitleLength} karakter");
        }
        if (date < today)
        {
            yield return new Problem("date", "apel tidak dapat dijadwalkan pada tanggal yang sudah lewat");
        }
        var link = onlineLink?.Trim();
        var where = place?.Trim();
        if (string.IsNullOrEmpty(link) && string.IsNullOrEmpty(where))
        {
            yield return new Problem("onlineLink", "isi tautan apel daring atau tempat apel");
        }
        if (!string.IsNullOrEmpty(link)
            && (link.Length > MaxLinkLength || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            yield return new Problem("onlineLink", $"tautan harus alamat http(s) lengkap, paling panjang {MaxLinkLength} karakter");
        }
        if (where?.Length > MaxPlaceLength)
        {
            yield return new Problem("place", $"tempat paling panjang {MaxPlaceLength} karakter");
        }
    }

    /// <summary>
    /// An employee's own attendance counts while the assembly runs: from <see cref="EarlyJoin"/> before its start
    /// to <see cref="AttendanceWindow"/> after it, by the phone's clock (an offline tap is sent later).
    /// </summary>
    public static Problem? CheckOwnAttendance(DateTime startsAtUtc, DateTime deviceAtUtc) =>
        deviceAtUtc < startsAtUtc - EarlyJoin
            ? new Problem("deviceAt", "apel belum dimulai; kehadiran dicatat paling cepat 30 menit sebelum apel")
            : deviceAtUtc > startsAtUtc + AttendanceWindow
                ? new Problem("deviceAt", "apel sudah selesai; kehadiran yang terlambat dicatat oleh admin dengan alasan")
                : null;
}
