using System.Globalization;
using Sikerja.Domain.Attendance;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>One employee's month: how many working days had each status, and the facts beside them.</summary>
public sealed record RecapRow(
    AttendanceEmployee Employee, int WorkingDays, StatusCounts Counts, int LateMinutes, int NoCheckOuts, int EarlyLeaves, int ManualDays, int NotScheduledDays);

/// <summary>
/// The monthly attendance recap of an agency (rekapitulasi kehadiran): per employee over the month's working days
/// up to today (a day still to come has no status yet).
/// </summary>
public sealed record AttendanceRecap(Guid AgencyId, string AgencyName, int Year, int Month, DateOnly From, DateOnly To, IReadOnlyList<RecapRow> Rows)
{
    public static AttendanceRecap Of(Guid agencyId, string agencyName, int year, int month, AttendancePeriod period)
    {
        var rows = period.Employees.Select(e =>
        {
            var days = e.Days.Where((_, i) => period.WorkingDays.Contains(period.From.AddDays(i))).ToList();
            return new RecapRow(
                e.Employee, days.Count, StatusCounts.Of(days), days.Sum(d => d.LateMinutes), days.Count(d => d.NoCheckOut),
                days.Count(d => d.EarlyLeaveMinutes > 0), days.Count(d => d.Manual), days.Count(d => d.NotScheduled));
        }).ToList();
        return new AttendanceRecap(agencyId, agencyName, year, month, period.From, period.To, rows);
    }

    /// <summary>"2026-03" as year and month.</summary>
    public static bool TryParseMonth(string? text, out int year, out int month)
    {
        year = month = 0;
        if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return false;
        }
        (year, month) = (first.Year, first.Month);
        return true;
    }

    /// <summary>The recap's columns, in order, with their Indonesian headers (the file is read by the agency as it is).</summary>
    public static readonly IReadOnlyList<(string Header, Func<RecapRow, object> Value)> Columns =
    [
        ("NIP", r => r.Employee.Nip),
        ("Nama", r => r.Employee.Name),
        ("Unit", r => r.Employee.UnitName),
        ("Hari kerja", r => r.WorkingDays),
        (Labels.Of(DailyStatus.PresentAtOffice), r => r.Counts[DailyStatus.PresentAtOffice]),
        (Labels.Of(DailyStatus.PresentAtHome), r => r.Counts[DailyStatus.PresentAtHome]),
        (Labels.Of(DailyStatus.Late), r => r.Counts[DailyStatus.Late]),
        ("Menit terlambat", r => r.LateMinutes),
        (Labels.Of(DailyStatus.Absent), r => r.Counts[DailyStatus.Absent]),
        (Labels.Of(DailyStatus.OnLeave), r => r.Counts[DailyStatus.OnLeave]),
        (Labels.Of(DailyStatus.Sick), r => r.Counts[DailyStatus.Sick]),
        (Labels.Of(DailyStatus.OfficialTravel), r => r.Counts[DailyStatus.OfficialTravel]),
        (Labels.Of(DailyStatus.Off), r => r.Counts[DailyStatus.Off]),
        (Labels.Of(DailyStatus.NotYetCheckedIn), r => r.Counts[DailyStatus.NotYetCheckedIn]),
        ("Tanpa presensi pulang", r => r.NoCheckOuts),
        ("Pulang cepat", r => r.EarlyLeaves),
        ("Presensi manual", r => r.ManualDays),
        ("Di luar jadwal", r => r.NotScheduledDays),
    ];
}
