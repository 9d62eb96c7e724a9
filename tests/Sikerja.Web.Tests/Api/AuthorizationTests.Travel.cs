using System.Collections.Concurrent;
using Sikerja.Domain.People;
using Sikerja.Domain.Travel;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Travel;

namespace Sikerja.Web.Tests.Api;

/// <summary>The travel permit the sweep aims at: the tenant admin's own, pending, so that only its owner sees it among the callers.</summary>
public sealed partial class AuthorizationTests
{
    private static readonly ConcurrentDictionary<Guid, Guid> Travel = new();

    private static Guid TravelPermitOf(World w) => Travel[w.Tenant.Id];

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
        scope.Db.TravelPermits.Add(permit);
        await scope.Db.SaveChangesAsync();
        Travel[t.Id] = permit.Id;
    }

    /// <summary>A request refused for its dates (an ordinary trip that already began), so an outsider's call changes nothing.</summary>
    private static TravelRequestInput PastTrip() =>
        new(TravelPurpose.Family, "31.71", new DateOnly(2020, 1, 6), new DateOnly(2020, 1, 7), "keluarga", false, "0812");

    /// <summary>A trip of the Kepala Bidang, whom neither a plain colleague nor another tenant may record; dated ahead, so refused even for the admin.</summary>
    private static UnapprovedTripInput UnapprovedTrip(World w) =>
        new(w.Kabid.Id, null, TravelPurpose.Personal, "31.71", RosterMonday, RosterMonday, "pulang kampung", "0812");
}
