using System.Globalization;
using Sikerja.Domain.Calendar;

namespace Sikerja.Domain.Travel;

/// <summary>
/// Which trips an agency's monthly recap lists (Kukar: everyone who travelled out of the region, for the regent),
/// in which order, and from when the head of the agency may sign it.
/// </summary>
public static class RecapRules
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>
    /// Trips that happened or were allowed: approved ones, and trips started without approval that a supervisor
    /// recorded. A pending, rejected or withdrawn request is no trip.
    /// </summary>
    public static IReadOnlyList<PermitStatus> CountedStatuses { get; } = [PermitStatus.Approved, PermitStatus.Unapproved];

    /// <summary>Out of the region, approved or recorded, and away on at least one day of the month (a trip over a month's end is on both).</summary>
    public static bool Belongs(RecapTrip trip, RecapMonth month) =>
        trip.OutOfRegion
        && CountedStatuses.Contains(trip.Status)
        && trip.LeavesOn <= month.Last
        && trip.ReturnsOn >= month.First;

    /// <summary>The recap's lines: the trips that belong, by category, then name, then departure.</summary>
    public static IReadOnlyList<RecapTrip> Lines(IEnumerable<RecapTrip> trips, RecapMonth month) =>
        [.. trips.Where(t => Belongs(t, month)).OrderBy(t => t, LineOrder.Instance)];

    /// <summary>
    /// "Every end of the month" (Kukar): a month's recap may be signed from its last working day, when the month's
    /// trips are known; never before.
    /// </summary>
    public static Problem? CheckSignOffDate(RecapMonth month, DateOnly today, WorkingCalendar calendar)
    {
        var from = LastWorkingDay(month, calendar);
        return today >= from
            ? null
            : new Problem("month", $"rekap {month.Name} baru dapat ditandatangani mulai hari kerja terakhir bulan itu, {from.ToString("d MMMM yyyy", Indonesian)}");
    }

    /// <summary>The month's last working day; its last day when it has none.</summary>
    public static DateOnly LastWorkingDay(RecapMonth month, WorkingCalendar calendar)
    {
        for (var d = month.Last; d >= month.First; d = d.AddDays(-1))
        {
            if (calendar.IsWorkingDay(d))
            {
                return d;
            }
        }
        return month.Last;
    }

    /// <summary>The month a recap is usually wanted for: this month from its last working day, else the one before.</summary>
    public static RecapMonth CurrentMonth(DateOnly today, WorkingCalendar calendar)
    {
        var month = RecapMonth.Of(today);
        return CheckSignOffDate(month, today, calendar) is null ? month : month.Previous;
    }

    /// <summary>The letter number (nomor surat): required, at most <see cref="TravelRecap.MaxNumberLength"/> characters.</summary>
    public static Problem? CheckNumber(string? number) =>
        string.IsNullOrWhiteSpace(number) ? new Problem("number", "nomor surat wajib diisi")
        : number.Trim().Length > TravelRecap.MaxNumberLength ? new Problem("number", $"nomor surat paling panjang {TravelRecap.MaxNumberLength} karakter")
        : null;

    private sealed class LineOrder : IComparer<RecapTrip>
    {
        public static readonly LineOrder Instance = new();

        public int Compare(RecapTrip? x, RecapTrip? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : -1) : 1;
            }
            var c = x.Category.CompareTo(y.Category);
            c = c != 0 ? c : string.Compare(x.EmployeeName, y.EmployeeName, StringComparison.OrdinalIgnoreCase);
            c = c != 0 ? c : string.CompareOrdinal(x.Nip, y.Nip);
            c = c != 0 ? c : x.LeavesOn.CompareTo(y.LeavesOn);
            return c != 0 ? c : x.PermitId.CompareTo(y.PermitId);
        }
    }
}
