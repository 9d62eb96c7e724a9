namespace Sikerja.Domain.Travel;

/// <summary>
/// What a trip must say, each problem named by its field. An ordinary request is made at least a day before the
/// trip (it must be approved before departure, see <see cref="DecisionTiming"/>); an emergency one may be made up to
/// the tenant's grace period after it began. A trip recorded as unapproved has begun already.
/// </summary>
public static class TripRules
{
    public const int MaxDays = 90;

    /// <summary>How far back a recorded unapproved trip may have begun.</summary>
    public const int MaxRecordedDaysAgo = 90;

    public static IEnumerable<Problem> CheckRequest(TripDetails trip, DateOnly today, int emergencyGraceHours, Region? destination)
    {
        foreach (var p in CheckCommon(trip, destination))
        {
            yield return p;
        }
        if (trip.LeavesOn is not { } leaves)
        {
            yield break;
        }
        if (!trip.Emergency && leaves <= today)
        {
            yield return new Problem("leavesOn", "izin biasa diajukan paling lambat sehari sebelum berangkat; untuk keperluan mendesak tandai sebagai darurat");
        }
        var earliest = today.AddDays(-GraceDays(emergencyGraceHours));
        if (trip.Emergency && leaves < earliest)
        {
            yield return new Problem("leavesOn", $"izin darurat paling lambat diajukan {emergencyGraceHours} jam sesudah berangkat (berangkat paling awal {earliest:yyyy-MM-dd})");
        }
    }

    public static IEnumerable<Problem> CheckRecord(TripDetails trip, DateOnly today, Region? destination)
    {
        foreach (var p in CheckCommon(trip, destination))
        {
            yield return p;
        }
        if (trip.LeavesOn is { } leaves && leaves > today)
        {
            yield return new Problem("leavesOn", "yang dicatat di sini perjalanan yang sudah dimulai; perjalanan yang akan datang diajukan pegawai sendiri");
        }
        else if (trip.LeavesOn is { } past && past < today.AddDays(-MaxRecordedDaysAgo))
        {
            yield return new Problem("leavesOn", $"perjalanan yang dimulai lebih dari {MaxRecordedDaysAgo} hari lalu tidak dicatat lagi");
        }
    }

    /// <summary>Whole days an emergency request may reach back: the grace period, rounded up.</summary>
    public static int GraceDays(int graceHours) => (Math.Max(0, graceHours) + 23) / 24;

    private static IEnumerable<Problem> CheckCommon(TripDetails trip, Region? destination)
    {
        if (!Enum.IsDefined(trip.Purpose))
        {
            yield return new Problem("purpose", "pilih keperluan: dinas, keluarga atau pribadi");
        }
        if (string.IsNullOrWhiteSpace(trip.DestinationCode))
        {
            yield return new Problem("destination", "pilih daerah tujuan");
        }
        else if (destination is null)
        {
            yield return new Problem("destination", $"daerah '{trip.DestinationCode.Trim()}' tidak ada dalam daftar daerah; pilih dari daftar");
        }
        else if (destination.Kind == RegionKind.Province)
        {
            yield return new Problem("destination", "pilih kabupaten atau kota tujuan, bukan provinsinya saja");
        }
        if (trip.LeavesOn is null)
        {
            yield return new Problem("leavesOn", "isi tanggal berangkat");
        }
        if (trip.ReturnsOn is null)
        {
            yield return new Problem("returnsOn", "isi tanggal kembali");
        }
        else if (trip.LeavesOn is { } leaves && trip.ReturnsOn < leaves)
        {
            yield return new Problem("returnsOn", "tanggal kembali tidak boleh sebelum tanggal berangkat");
        }
        else if (trip.LeavesOn is { } from && trip.ReturnsOn.Value.DayNumber - from.DayNumber + 1 > MaxDays)
        {
            yield return new Problem("returnsOn", $"satu izin paling lama {MaxDays} hari");
        }
        if (string.IsNullOrWhiteSpace(trip.Reason))
        {
            yield return new Problem("reason", "tulis alasan perjalanan");
        }
        else if (trip.Reason.Trim().Length > TravelPermit.MaxReasonLength)
        {
            yield return new Problem("reason", $"alasan paling panjang {TravelPermit.MaxReasonLength} karakter");
        }
        if (string.IsNullOrWhiteSpace(trip.Contact))
        {
            yield return new Problem("contact", "tulis nomor telepon atau alamat yang dapat dihubungi selama bepergian");
        }
        else if (trip.Contact.Trim().Length > TravelPermit.MaxContactLength)
        {
            yield return new Problem("contact", $"kontak paling panjang {TravelPermit.MaxContactLength} karakter");
        }
    }
}
