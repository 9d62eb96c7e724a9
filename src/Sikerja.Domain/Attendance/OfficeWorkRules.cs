using Sikerja.Domain.Rosters;

namespace Sikerja.Domain.Attendance;

/// <summary>
/// When a WFH employee may ask to work at the office on a day, and who may decide it: only the direct superior,
/// never the employee themselves, and only once.
/// </summary>
public static class OfficeWorkRules
{
    public const int MaxReasonLength = 400;
    public const int MaxNoteLength = 400;

    /// <param name="scheduled">The mode the published roster gives the employee that day; null when no roster gives one.</param>
    /// <param name="hasSupervisor">Whether the employee has a direct superior to ask.</param>
    /// <param name="alreadyAsked">Whether a pending or approved request for that day exists.</param>
    public static IEnumerable<Problem> CheckAsk(DateOnly date, DateOnly today, string? reason, WorkMode? scheduled, bool hasSupervisor, bool alreadyAsked)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            yield return new Problem("reason", "tulis alasan bekerja di kantor");
        }
        else if (reason.Trim().Length > MaxReasonLength)
        {
            yield return new Problem("reason", $"alasan paling panjang {MaxReasonLength} karakter");
        }
        if (date < today)
        {
            yield return new Problem("date", "tanggal sudah lewat");
        }
        else if (scheduled is null)
        {
            yield return new Problem("date", "belum ada jadwal piket terbit untuk tanggal itu");
        }
        else if (scheduled == WorkMode.Office)
        {
            yield return new Problem("date", "tanggal itu sudah dijadwalkan bekerja di kantor");
        }
        else if (scheduled == WorkMode.Off)
        {
            yield return new Problem("date", "tanggal itu Anda tidak bertugas");
        }
        if (!hasSupervisor)
        {
            yield return new Problem("date", "Anda tidak punya atasan langsung yang dapat memutuskan permohonan");
        }
        if (alreadyAsked)
        {
            yield return new Problem("date", "sudah ada permohonan untuk tanggal itu");
        }
    }

    /// <param name="requester">The employee who asked.</param>
    /// <param name="requesterSupervisor">The requester's direct superior now.</param>
    /// <param name="decider">The employee of the account deciding; null for an account without one.</param>
    public static Problem? CheckDecide(Guid requester, Guid? requesterSupervisor, Guid? decider, RequestStatus status, string? note)
    {
        if (decider is { } d && d == requester)
        {
            return new Problem("status", "permohonan sendiri tidak dapat diputuskan sendiri");
        }
        if (decider is null || requesterSupervisor != decider)
        {
            return new Problem("status", "hanya atasan langsung pemohon yang dapat memutuskan");
        }
        if (status != RequestStatus.Pending)
        {
            return new Problem("status", "permohonan ini sudah diputuskan");
        }
        return note?.Trim().Length > MaxNoteLength ? new Problem("note", $"catatan paling panjang {MaxNoteLength} karakter") : null;
    }
}
