namespace Sikerja.Domain.Calendar;

/// <summary>
/// The parts of an iCalendar VEVENT that make holidays: an all-day event is one holiday for each day it
/// covers (DTEND is exclusive); its kind is the chosen default, or collective leave when its title says
/// "cuti bersama".
/// </summary>
public sealed record IcalHolidayEvent(int Line, string? Summary, DateOnly Start, DateOnly? EndExclusive, int? DurationDays, bool IsAllDay, bool IsRecurring)
{
    public const int MaxDays = 31;

    public (IReadOnlyList<HolidayRow> Rows, IReadOnlyList<Problem> Problems) ToHolidays(HolidayKind defaultKind)
    {
        var where = HolidayFileReading.Line(Line);
        var name = Summary?.Trim() ?? "";
        var label = name.Length == 0 ? "acara" : $"acara '{name}'";
        if (!IsAllDay)
        {
            return Refused(where, $"{label} memakai jam; hanya acara sehari penuh yang menjadi hari libur");
        }
        if (IsRecurring)
        {
            return Refused(where, $"{label} berulang (RRULE); tulis setiap hari libur sebagai acara tersendiri");
        }
        if (name.Length == 0)
        {
            return Refused(where, "acara tanpa judul (SUMMARY); judul menjadi nama hari libur");
        }
        var end = EndExclusive ?? Start.AddDays(Math.Max(1, DurationDays ?? 1));
        if (end < Start)
        {
            return Refused(where, $"{label} berakhir ({end:yyyy-MM-dd}) sebelum dimulai ({Start:yyyy-MM-dd})");
        }
        var days = Math.Max(1, end.DayNumber - Start.DayNumber);
        if (days > MaxDays)
        {
            return Refused(where, $"{label} meliputi {days} hari; paling banyak {MaxDays} hari untuk satu acara");
        }
        var kind = name.Contains("cuti bersama", StringComparison.OrdinalIgnoreCase) ? HolidayKind.CollectiveLeave : defaultKind;
        var problems = HolidayRules.Validate(Start, name, kind, where).Concat(HolidayRules.Validate(Start.AddDays(days - 1), name, kind, where))
            .Distinct().ToList();
        if (problems.Count > 0)
        {
            return ([], problems);
        }
        return ([.. Enumerable.Range(0, days).Select(d => new HolidayRow(Line, Start.AddDays(d), name, kind))], []);
    }

    private static (IReadOnlyList<HolidayRow>, IReadOnlyList<Problem>) Refused(string where, string message) => ([], [new Problem(where, message)]);
}
