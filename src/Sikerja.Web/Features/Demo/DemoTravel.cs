using Sikerja.Data;
using Sikerja.Domain.Tenants;
using Sikerja.Domain.Travel;

namespace Sikerja.Web.Features.Demo;

/// <summary>
/// The demo regency is fictional, so it adds itself to the region list as the tenant's own region in Central Java
/// (where its offices lie, see <see cref="DemoPlaces"/>) and makes that its home region: a trip to Kota Semarang
/// is out of the region, one within Sukamaju is not.
/// </summary>
internal static class DemoTravel
{
    public const string HomeRegionCode = "33.90";

    public static void Add(SikerjaDbContext db, Tenant tenant)
    {
        var name = tenant.Name.StartsWith("Pemerintah ", StringComparison.Ordinal) ? tenant.Name["Pemerintah ".Length..] : tenant.Name;
        db.CustomRegions.Add(new CustomRegion { TenantId = tenant.Id, Code = HomeRegionCode, Name = name[..Math.Min(name.Length, CustomRegion.MaxNameLength)] });
        db.TravelSettings.Add(new TravelSettings { TenantId = tenant.Id, HomeRegionCode = HomeRegionCode });
    }
}
