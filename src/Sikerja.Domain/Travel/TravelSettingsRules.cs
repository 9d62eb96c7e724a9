namespace Sikerja.Domain.Travel;

public static class TravelSettingsRules
{
    public const int MaxGraceHours = 720;
    public const int MaxQuarantineDays = 60;

    /// <param name="homeRegion">The home region found for the code; null when unknown or not given.</param>
    public static IEnumerable<Problem> Check(TravelSettings settings, Region? homeRegion)
    {
        if (!string.IsNullOrWhiteSpace(settings.HomeRegionCode) && homeRegion is null)
        {
            yield return new Problem("homeRegionCode", $"daerah '{settings.HomeRegionCode.Trim()}' tidak ada dalam daftar daerah");
        }
        foreach (var (field, chain) in new[] { ("officialChain", settings.OfficialChain), ("privateChain", settings.PrivateChain) })
        {
            if (chain.Count == 0)
            {
                yield return new Problem(field, "rantai persetujuan perlu paling sedikit satu langkah");
            }
            else if (chain.Distinct().Count() != chain.Count)
            {
                yield return new Problem(field, "satu langkah hanya boleh muncul sekali dalam rantai");
            }
            else if (chain.Any(s => !Enum.IsDefined(s)))
            {
                yield return new Problem(field, "langkah persetujuan tidak dikenal");
            }
        }
        if (settings.HighRiskExtraStep is { } extra && !Enum.IsDefined(extra))
        {
            yield return new Problem("highRiskExtraStep", "langkah persetujuan tidak dikenal");
        }
        if (settings.EmergencyGraceHours is < 0 or > MaxGraceHours)
        {
            yield return new Problem("emergencyGraceHours", $"batas waktu izin darurat 0 sampai {MaxGraceHours} jam");
        }
        if (settings.QuarantineDaysAfterHighRisk is < 0 or > MaxQuarantineDays)
        {
            yield return new Problem("quarantineDaysAfterHighRisk", $"karantina 0 sampai {MaxQuarantineDays} hari");
        }
    }
}
