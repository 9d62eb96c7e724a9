namespace Sikerja.Domain.Travel;

public static class HighRiskRules
{
    public const int MaxDays = 366;

    /// <summary>Whether a marking covers the destination (a province marks its regencies) on some day of the trip.</summary>
    public static bool IsHighRisk(IEnumerable<HighRiskRegion> marked, string destinationCode, DateOnly leavesOn, DateOnly returnsOn) =>
        marked.Any(r => RegionCodes.Covers(r.RegionCode, destinationCode) && r.From <= returnsOn && r.Until >= leavesOn);

    public static IEnumerable<Problem> Check(string? regionCode, Region? region, DateOnly? from, DateOnly? until, string? note)
    {
        if (string.IsNullOrWhiteSpace(regionCode))
        {
            yield return new Problem("regionCode", "pilih daerah");
        }
        else if (region is null)
        {
            yield return new Problem("regionCode", $"daerah '{regionCode.Trim()}' tidak ada dalam daftar daerah");
        }
        if (from is null)
        {
            yield return new Problem("from", "isi tanggal mulai");
        }
        if (until is null)
        {
            yield return new Problem("until", "isi tanggal akhir");
        }
        else if (from is { } f && until < f)
        {
            yield return new Problem("until", "tanggal akhir tidak boleh sebelum tanggal mulai");
        }
        else if (from is { } start && until.Value.DayNumber - start.DayNumber + 1 > MaxDays)
        {
            yield return new Problem("until", $"paling lama {MaxDays} hari sekali tandai");
        }
        if (note?.Trim().Length > HighRiskRegion.MaxNoteLength)
        {
            yield return new Problem("note", $"catatan paling panjang {HighRiskRegion.MaxNoteLength} karakter");
        }
    }
}
