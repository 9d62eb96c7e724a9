namespace Sikerja.Domain.Reports;

/// <summary>
/// A superior hands review of their direct reports' daily reports to another official for a date range. Any active
/// employee of the tenant but the superior may receive it (the official standing in is often a peer or a deputy,
/// sometimes one of the team); the range does not lie wholly in the past and is at most a year; a reason is given.
/// Only the superior who gave it revokes it, once.
/// </summary>
public static class DelegationRules
{
    public const int MaxReasonLength = 400;
    public const int MaxDays = 366;

    /// <summary>
    /// How long an ended or revoked delegation is kept at least: the superior's delegations page lists it, and a
    /// report of its dates sent late (the deadline is at most a few working days) still finds it. After that it goes
    /// once no report it concerns waits for review or correction.
    /// </summary>
    public const int KeptDaysAfterEnd = 90;

    /// <param name="delegateFound">Whether the delegate is an employee of the tenant; <paramref name="delegateActive"/> whether still active.</param>
    /// <param name="hasDirectReports">Whether the delegator has anyone whose reports they review.</param>
    public static IEnumerable<Problem> CheckCreate(
        Guid delegator, Guid? delegateId, bool delegateFound, bool delegateActive, DateOnly? from, DateOnly? until, DateOnly today, string? reason, bool hasDirectReports)
    {
        if (!hasDirectReports)
        {
            yield return new Problem("delegate", "Anda tidak punya bawahan langsung yang laporannya dapat didelegasikan");
        }
        if (delegateId is null || !delegateFound)
        {
            yield return new Problem("delegate", "pegawai penerima delegasi tidak ditemukan; isi NIP-nya");
        }
        else if (delegateId == delegator)
        {
            yield return new Problem("delegate", "delegasi tidak dapat diberikan kepada diri sendiri");
        }
        else if (!delegateActive)
        {
            yield return new Problem("delegate", "pegawai penerima delegasi sudah tidak aktif");
        }
        if (from is null)
        {
            yield return new Problem("from", "isi tanggal mulai");
        }
        if (until is null)
        {
            yield return new Problem("until", "isi tanggal selesai");
        }
        if (from is { } f && until is { } u)
        {
            if (u < f)
            {
                yield return new Problem("until", "tanggal selesai tidak boleh sebelum tanggal mulai");
            }
            else if (u.DayNumber - f.DayNumber + 1 > MaxDays)
            {
                yield return new Problem("until", $"delegasi paling lama {MaxDays} hari");
            }
            else if (u < today)
            {
                yield return new Problem("until", "masa delegasi sudah lewat");
            }
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            yield return new Problem("reason", "tulis alasan delegasi (mis. cuti, dinas luar)");
        }
        else if (reason.Trim().Length > MaxReasonLength)
        {
            yield return new Problem("reason", $"alasan paling panjang {MaxReasonLength} karakter");
        }
    }

    /// <summary>Why <paramref name="caller"/> cannot revoke the delegation, or null.</summary>
    public static Problem? CheckRevoke(ReviewDelegation delegation, Guid? caller)
    {
        if (delegation.DelegatorId != caller)
        {
            return new Problem("status", "hanya atasan yang memberi delegasi yang dapat mencabutnya");
        }
        return delegation.RevokedAt is not null ? new Problem("status", "delegasi ini sudah dicabut") : null;
    }

    /// <summary>Whether the delegation gives review of a report of <paramref name="workDate"/>.</summary>
    public static bool Covers(ReviewDelegation delegation, DateOnly workDate) =>
        delegation.RevokedAt is null && delegation.From <= workDate && workDate <= delegation.Until;
}
