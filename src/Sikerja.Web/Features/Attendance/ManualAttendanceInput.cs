using Sikerja.Domain;
using Sikerja.Domain.Rosters;

namespace Sikerja.Web.Features.Attendance;

/// <summary>
/// Attendance an agency admin records for an employee who could not check in (no phone, no signal; Kebumen):
/// the day, when they came (and left, when known) in the tenant's time, where, and why it is recorded by hand.
/// </summary>
public sealed record ManualAttendanceInput(Guid EmployeeId, DateOnly Date, TimeOnly CheckedIn, TimeOnly? CheckedOut, WorkMode Mode, string? Reason)
{
    public const int MaxReasonLength = 400;

    public IEnumerable<Problem> Validate()
    {
        if (string.IsNullOrWhiteSpace(Reason))
        {
            yield return new Problem("reason", "alasan presensi manual wajib diisi");
        }
        else if (Reason.Trim().Length > MaxReasonLength)
        {
            yield return new Problem("reason", $"alasan paling panjang {MaxReasonLength} karakter");
        }
        if (Mode is not (WorkMode.Office or WorkMode.Home))
        {
            yield return new Problem("mode", "pilih di kantor (Office) atau di rumah (Home)");
        }
        if (CheckedOut is { } left && left <= CheckedIn)
        {
            yield return new Problem("checkedOut", $"jam pulang {left:HH\\:mm} tidak setelah jam masuk {CheckedIn:HH\\:mm}");
        }
    }
}
