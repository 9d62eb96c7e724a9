using Sikerja.Domain.People;

namespace Sikerja.Domain.Attendance;

/// <summary>What a visitor registered at an office's desk must give, for contact tracing.</summary>
public static class VisitRules
{
    public const int MaxNameLength = 120;

    /// <param name="metEmployee">Whether the person met is named as an employee of the tenant.</param>
    public static IEnumerable<Problem> Validate(string? visitorName, string? phone, bool metEmployee, string? metName)
    {
        if (string.IsNullOrWhiteSpace(visitorName))
        {
            yield return new Problem("visitorName", "nama tamu wajib diisi");
        }
        else if (visitorName.Trim().Length > MaxNameLength)
        {
            yield return new Problem("visitorName", $"nama paling panjang {MaxNameLength} karakter");
        }
        if (string.IsNullOrWhiteSpace(phone))
        {
            yield return new Problem("phone", "nomor telepon tamu wajib diisi (untuk penelusuran kontak)");
        }
        else if (!PhoneNumber.IsValid(phone))
        {
            yield return new Problem("phone", "nomor telepon tidak valid; tulis 08… atau +628…");
        }
        if (!metEmployee && string.IsNullOrWhiteSpace(metName))
        {
            yield return new Problem("metName", "tulis siapa yang ditemui");
        }
        else if (metName?.Trim().Length > MaxNameLength)
        {
            yield return new Problem("metName", $"nama paling panjang {MaxNameLength} karakter");
        }
    }

    public static Problem? CheckLeave(DateTime arrivedAt, DateTime? leftAt, DateTime leavingAt) =>
        leftAt is not null ? new Problem("leftAt", "kepulangan tamu ini sudah dicatat")
        : leavingAt < arrivedAt ? new Problem("leftAt", "waktu pulang tidak boleh sebelum waktu datang")
        : null;
}
