namespace Sikerja.Domain.Travel;

/// <summary>
/// When a pending permit can still be approved. A trip departs when its first day begins in the tenant's zone.
/// An ordinary request must be approved before that; an emergency one until the tenant's grace period after it
/// (then flagged as approved after departure). A pending request past that point has lapsed: it can only be
/// rejected or withdrawn, and a trip taken anyway is recorded by the supervisor as unapproved.
/// </summary>
public static class DecisionTiming
{
    public static DateTime DepartureUtc(DateOnly leavesOn, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(leavesOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone);

    /// <summary>The last instant an approval is accepted.</summary>
    public static DateTime ApprovableUntilUtc(bool emergency, DateTime departureUtc, int graceHours) =>
        emergency ? departureUtc.AddHours(graceHours) : departureUtc;

    public static bool Lapsed(PermitStatus status, bool emergency, DateTime departureUtc, DateTime nowUtc, int graceHours) =>
        status == PermitStatus.Pending && nowUtc >= ApprovableUntilUtc(emergency, departureUtc, graceHours);

    /// <summary>Null when an approval now is in time; with <c>AfterDeparture</c> when the trip has already begun.</summary>
    public static (Problem? Problem, bool AfterDeparture) CheckApproval(bool emergency, DateTime departureUtc, DateTime nowUtc, int graceHours)
    {
        if (nowUtc < departureUtc)
        {
            return (null, false);
        }
        if (!emergency)
        {
            return (new Problem("status", "perjalanan sudah dimulai: izin biasa hanya dapat disetujui sebelum berangkat; tolak permohonan ini"), true);
        }
        return nowUtc < ApprovableUntilUtc(true, departureUtc, graceHours)
            ? (null, true)
            : (new Problem("status", $"batas {graceHours} jam sesudah keberangkatan untuk menyetujui izin darurat sudah lewat; tolak permohonan ini"), true);
    }
}
