using System.Globalization;
using System.Text;
using Sikerja.Data.Notifications;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;

namespace Sikerja.Web.Features.Schedule;

/// <summary>
/// The notification an employee gets when their published schedule changes: each changed day, from where to where.
/// Written in Indonesian, the application's default language, whoever made the change; nothing in it says why a
/// colleague is away (that is their health data).
/// </summary>
public static class ScheduleChangeNotice
{
    public const string Title = "Jadwal piket Anda berubah";
    public const string Link = "/Schedule";

    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <param name="changes">One employee's changed days, each with where they were to work and where they work now.</param>
    public static string Text(string policyNumber, string zoneAbbreviation, IReadOnlyList<Shift> shifts, IEnumerable<RosterChange> changes)
    {
        var lines = changes.OrderBy(c => c.After.Date)
            .Select(c => $"• {c.After.Date.ToString("ddd, d MMM yyyy", Indonesian)}: {Place(c.Before, shifts, zoneAbbreviation)} → {Place(c.After, shifts, zoneAbbreviation)}")
            .ToList();
        var text = new StringBuilder($"Jadwal piket (SE {policyNumber}) diperbaiki. Hari yang berubah:");
        for (var i = 0; i < lines.Count; i++)
        {
            var rest = $"\n… dan {lines.Count - i} hari lain; lihat Jadwal saya.";
            if (text.Length + 1 + lines[i].Length + (i + 1 < lines.Count ? rest.Length : 0) > Notification.MaxTextLength)
            {
                text.Append(rest);
                break;
            }
            text.Append('\n').Append(lines[i]);
        }
        return text.ToString();
    }

    private static string Place(RosterAssignment a, IReadOnlyList<Shift> shifts, string zone) => a.Mode switch
    {
        WorkMode.Office => "di kantor" + string.Concat(a.Shifts.Indexes().Where(i => i < shifts.Count)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $", shift {shifts[i].Code} {shifts[i].Start:HH:mm}–{shifts[i].End:HH:mm} {zone}"))),
        WorkMode.Home => "bekerja dari rumah (WFH)",
        _ => "tidak bertugas",
    };
}
