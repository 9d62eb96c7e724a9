using System.Collections.Concurrent;
using Sikerja.Domain.People;
using Sikerja.Domain.Travel;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Travel;

namespace Sikerja.Web.Tests.Api;

/// <summary>
/// The travel resources the sweep aims at: the tenant admin's own pending permit (only its owner sees it among the
/// callers), a high-risk marking, and two of the tenant's own regions (one renamed, one removed by the admin).
/// </summary>
public sealed partial class AuthorizationTests
{
    private sealed record TravelIds(Guid Permit, Guid Marking, Guid OwnRegion, Guid SpareRegion);

    private static readonly ConcurrentDictionary<Guid, TravelIds> Travel = new();

    /// <summary>Travel settings, high-risk markings and own regions: an admin sets them for the admin's own tenant.</summary>
    private static string[] TravelOwnTenant => ["PUT /api/v1/travel-settings", "POST /api/v1/high-risk-regions", "POST /api/v1/travel-regions"];

    private static TravelIds TravelOf(World w) => Travel[w.Tenant.Id];

    private async Task ArrangeTravelAsync(TestTenant t, Employee admin, Guid agencyId)
    {
        await using var scope = web.Database.NewScope().InTenant(t.Id);
        var permit = new TravelPermit
        {
            TenantId = t.Id, EmployeeId = admin.Id, AgencyId = agencyId, Category = TravelCategory.FunctionalOrGeneral, Purpose = TravelPurpose.Family,
            DestinationCode = "31.71", DestinationName = "Kota Administrasi Jakarta Pusat, DKI Jakarta", LeavesOn = RosterMonday, ReturnsOn = RosterMonday.AddDays(1),
            Reason = "keluarga", Contact = "0812", OutOfRegion = true, Status = PermitStatus.Pending, Chain = [ApprovalStep.DirectSuperior],
            RequestedAt = DateTime.UtcNow,
        };
        var marking = new HighRiskRegion { TenantId = t.Id, RegionCode = "31", From = RosterMonday, Until = RosterMonday.AddDays(13), Note = "zona merah" };
        var own = new CustomRegion { TenantId = t.Id, Code = "LN-MY", Name = "Malaysia" };
        var spare = new CustomRegion { TenantId = t.Id, Code = "LN-SG", Name = "Singapura" };
        scope.Db.AddRange(permit, marking, own, spare);
        await scope.Db.SaveChangesAsync();
        Travel[t.Id] = new TravelIds(permit.Id, marking.Id, own.Id, spare.Id);
    }

    /// <summary>A request refused for its dates (an ordinary trip that already began), so an outsider's call changes nothing.</summary>
    private static TravelRequestInput PastTrip() =>
        new(TravelPurpose.Family, "31.71", new DateOnly(2020, 1, 6), new DateOnly(2020, 1, 7), "keluarga", false, "0812");

    /// <summary>A trip of the Kepala Bidang, whom neither a plain colleague nor another tenant may record; dated ahead, so refused even for the admin.</summary>
    private static UnapprovedTripInput UnapprovedTrip(World w) =>
        new(w.Kabid.Id, null, TravelPurpose.Personal, "31.71", RosterMonday, RosterMonday, "pulang kampung", "0812");

    /// <summary>Valid bodies of the travel rules, a marking and an own region: each caller that may, uses them on their own tenant.</summary>
    private static object? TravelBodyFor(Type type) => type.Name switch
    {
        nameof(TravelSettingsApi.TravelSettingsRequest) => new TravelSettingsApi.TravelSettingsRequest(
            "64.02", [ApprovalStep.DirectSuperior, ApprovalStep.AgencyHead], [ApprovalStep.DirectSuperior], ApprovalStep.Sekda, 48, 14, null),
        nameof(HighRiskInput) => new HighRiskInput("64.72", RosterMonday, RosterMonday.AddDays(6), "uji"),
        nameof(TravelRegionsApi.TravelRegionRequest) => new TravelRegionsApi.TravelRegionRequest($"LN-{Guid.NewGuid():N}"[..12], "Luar negeri uji"),
        nameof(TravelRegionsApi.TravelRegionNameRequest) => new TravelRegionsApi.TravelRegionNameRequest("Malaysia (Kuala Lumpur)"),
        _ => null,
    };
}
