namespace Sikerja.Domain.Reports;

/// <summary>The target as the employee proposes it.</summary>
public sealed record TargetDraft(int? Year, string? Title, decimal? Quantity, string? Unit);

/// <summary>
/// Yearly performance targets (SKP, kept simple): the employee proposes them for the current, the last or the next
/// year and may change a proposed or returned one (it goes back to the superior); the direct superior agrees or
/// returns with a comment. An agreed target is fixed: activities count toward it.
/// </summary>
public static class TargetRules
{
    public const int MaxCommentLength = 500;

    public static IEnumerable<Problem> CheckDraft(TargetDraft draft, int currentYear, bool hasSupervisor)
    {
        if (draft.Year is not { } year)
        {
            yield return new Problem("year", "isi tahun");
        }
        else if (year < currentYear - 1 || year > currentYear + 1)
        {
            yield return new Problem("year", $"tahun sasaran antara {currentYear - 1} dan {currentYear + 1}");
        }
        if (string.IsNullOrWhiteSpace(draft.Title))
        {
            yield return new Problem("title", "tulis sasaran kinerja");
        }
        else if (draft.Title.Trim().Length > PerformanceTarget.MaxTitleLength)
        {
            yield return new Problem("title", $"sasaran kinerja paling panjang {PerformanceTarget.MaxTitleLength} karakter");
        }
        if (draft.Quantity is not { } quantity)
        {
            yield return new Problem("quantity", "isi jumlah target");
        }
        else if (quantity <= 0)
        {
            yield return new Problem("quantity", "jumlah target harus lebih dari 0");
        }
        else if (quantity > ActivityRules.MaxQuantity || decimal.Round(quantity, 2) != quantity)
        {
            yield return new Problem("quantity", $"jumlah target paling besar {ActivityRules.MaxQuantityText}, paling banyak dua angka di belakang koma");
        }
        if (string.IsNullOrWhiteSpace(draft.Unit))
        {
            yield return new Problem("unit", "isi satuan target (mis. dokumen, kegiatan)");
        }
        else if (draft.Unit.Trim().Length > ReportActivity.MaxUnitLength)
        {
            yield return new Problem("unit", $"satuan paling panjang {ReportActivity.MaxUnitLength} karakter");
        }
        if (!hasSupervisor)
        {
            yield return new Problem("title", "Anda tidak punya atasan langsung yang menyetujui sasaran kinerja");
        }
    }

    /// <summary>Why the owner cannot change the target now, or null.</summary>
    public static Problem? CheckChange(TargetStatus status) =>
        status == TargetStatus.Agreed ? new Problem("status", "sasaran kinerja sudah disetujui; tidak dapat diubah") : null;

    /// <summary>Why the decision cannot be made, or null.</summary>
    public static Problem? CheckDecide(Guid owner, Guid? ownerSupervisor, Guid? decider, TargetStatus status, bool agree, string? comment)
    {
        if (decider == owner)
        {
            return new Problem("status", "sasaran kinerja sendiri tidak dapat disetujui sendiri");
        }
        if (decider is null || ownerSupervisor != decider)
        {
            return new Problem("status", "hanya atasan langsung pegawai yang dapat menyetujui sasaran kinerjanya");
        }
        if (status != TargetStatus.Proposed)
        {
            return new Problem("status", status == TargetStatus.Agreed ? "sasaran kinerja ini sudah disetujui" : "sasaran kinerja ini sudah dikembalikan dan menunggu perbaikan pegawai");
        }
        if (!agree && string.IsNullOrWhiteSpace(comment))
        {
            return new Problem("comment", "tulis apa yang harus diperbaiki");
        }
        return comment?.Trim().Length > MaxCommentLength ? new Problem("comment", $"catatan paling panjang {MaxCommentLength} karakter") : null;
    }
}
