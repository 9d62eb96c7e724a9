using Sikerja.Domain.Tenants;

namespace Sikerja.Web.Features.TravelRecaps;

/// <summary>The words of the printed letter that follow from the tenant: its region and the title of its head.</summary>
public static class RecapLetter
{
    private const string Government = "Pemerintah ";

    /// <summary>"Kabupaten Kutai Kartanegara" of "Pemerintah Kabupaten Kutai Kartanegara".</summary>
    public static string Region(RecapTenant tenant) =>
        tenant.Name.StartsWith(Government, StringComparison.OrdinalIgnoreCase) ? tenant.Name[Government.Length..] : tenant.Name;

    /// <summary>The head of the region the recap is for: Bupati, Wali Kota or Gubernur.</summary>
    public static string RegionHead(RecapTenant tenant) => tenant.Kind switch
    {
        TenantKind.City => "Wali Kota",
        TenantKind.Province => "Gubernur",
        _ => "Bupati",
    };
}
