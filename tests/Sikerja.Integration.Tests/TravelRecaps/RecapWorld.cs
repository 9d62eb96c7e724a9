using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Tenants;
using Sikerja.Domain.Travel;
using Sikerja.Integration.Tests.Infrastructure;

namespace Sikerja.Integration.Tests.TravelRecaps;

/// <summary>
/// A regency with a Sekretariat Daerah (the Sekda and an Asisten), a Dinas Kesehatan routed through that Asisten (its
/// Kepala Dinas, a Kepala Bidang, a staff member, a non-ASN, an agency admin) and a Dinas Pendidikan without a route
/// (its head, a teacher); every account has <see cref="Password"/>. Permits are added with <see cref="PermitAsync"/>,
/// directly in the database, as the travel-permit feature stores them.
/// </summary>
public sealed class RecapWorld
{
    public const string Password = "rekap-uji-2026";

    /// <summary>A month that has ended whenever the test runs (two months ago), so it can be signed.</summary>
    public static RecapMonth PastMonth => RecapMonth.Of(new TenantClock(TimeProvider.System, IndonesianTimeZones.Wib).Today).Previous.Previous;

    public required TestTenant Tenant { get; init; }
    public required OrgUnit Setda { get; init; }
    public required OrgUnit Dinkes { get; init; }
    public required OrgUnit Disdik { get; init; }
    public required Employee Sekda { get; init; }
    public required Employee Asisten { get; init; }
    public required Employee Kadis { get; init; }
    public required Employee Kabid { get; init; }
    public required Employee Staff { get; init; }
    public required Employee Honorer { get; init; }
    public required Employee AdminStaff { get; init; }
    public required Employee KepalaDisdik { get; init; }
    public required Employee Guru { get; init; }
    public required Employee TenantAdmin { get; init; }
    public required Guid SekdaAccount { get; init; }
    public required Guid AsistenAccount { get; init; }
    public required Guid KadisAccount { get; init; }
    public required Guid StaffAccount { get; init; }
    public required Guid AgencyAdminAccount { get; init; }
    public required Guid KepalaDisdikAccount { get; init; }
    public required Guid TenantAdminAccount { get; init; }
    public required Guid LeadershipAccount { get; init; }

    public static async Task<RecapWorld> CreateAsync(DatabaseFixture fixture)
    {
        var t = await TestTenant.CreateAsync(fixture);
        var setda = await t.UnitAsync($"{t.Code}-setda", OrgUnitType.Secretariat);
        var dinkes = await t.UnitAsync($"{t.Code}-dinkes", OrgUnitType.Agency);
        var bidang = await t.UnitAsync($"{t.Code}-dinkes.p2p", OrgUnitType.Division, dinkes);
        var disdik = await t.UnitAsync($"{t.Code}-disdik", OrgUnitType.Agency);
        var sekda = await t.EmployeeAsync(setda, PositionLevel.Jpt, head: true, name: "Sunggono Sekda");
        var asisten = await t.EmployeeAsync(setda, PositionLevel.Jpt, name: "Akhmad Asisten");
        var kadis = await t.EmployeeAsync(dinkes, PositionLevel.Jpt, head: true, name: "Martina Kadis");
        var kabid = await t.EmployeeAsync(bidang, PositionLevel.Administrator, head: true, name: "Bambang Kabid");
        var staff = await t.EmployeeAsync(bidang, PositionLevel.Staff, name: "Citra Staf");
        var honorer = await t.EmployeeAsync(bidang, PositionLevel.Staff, name: "Dedi Honorer", employment: Employment.NonAsn);
        var adminStaff = await t.EmployeeAsync(dinkes, PositionLevel.Staff, name: "Evi Admin OPD");
        var kepalaDisdik = await t.EmployeeAsync(disdik, PositionLevel.Jpt, head: true, name: "Fajar Kadisdik");
        var guru = await t.EmployeeAsync(disdik, PositionLevel.Functional, name: "Gita Guru");
        var bkpsdm = await t.EmployeeAsync(setda, PositionLevel.Staff, name: "Hadi BKPSDM");
        await using (var scope = fixture.NewScope().InTenant(t.Id))
        {
            (await scope.Db.Employees.SingleAsync(e => e.Id == kadis.Id)).Title = "Kepala Dinas Kesehatan";
            (await scope.Db.Employees.SingleAsync(e => e.Id == asisten.Id)).Title = "Asisten Pemerintahan dan Kesejahteraan Rakyat";
            scope.Db.RecapRoutes.Add(new RecapRoute { TenantId = t.Id, AgencyId = dinkes.Id, AsistenId = asisten.Id });
            await scope.Db.SaveChangesAsync();
        }
        return new RecapWorld
        {
            Tenant = t, Setda = setda, Dinkes = dinkes, Disdik = disdik, Sekda = sekda, Asisten = asisten, Kadis = kadis, Kabid = kabid,
            Staff = staff, Honorer = honorer, AdminStaff = adminStaff, KepalaDisdik = kepalaDisdik, Guru = guru, TenantAdmin = bkpsdm,
            SekdaAccount = await t.AccountAsync(sekda, password: Password),
            AsistenAccount = await t.AccountAsync(asisten, password: Password),
            KadisAccount = await t.AccountAsync(kadis, password: Password),
            StaffAccount = await t.AccountAsync(staff, password: Password),
            AgencyAdminAccount = await t.AccountAsync(adminStaff, Role.AgencyAdmin, dinkes, password: Password),
            KepalaDisdikAccount = await t.AccountAsync(kepalaDisdik, password: Password),
            TenantAdminAccount = await t.AccountAsync(bkpsdm, Role.TenantAdmin, password: Password),
            LeadershipAccount = await t.AccountAsync(null, Role.Leadership, userName: $"bupati-{t.Code}", password: Password),
        };
    }

    /// <summary>A permit of the employee as the travel feature keeps it (agency and category as when requested).</summary>
    public async Task<TravelPermit> PermitAsync(
        DatabaseFixture fixture, Employee employee, OrgUnit agency, TravelCategory category, TravelPurpose purpose, DateOnly leaves, DateOnly returns,
        PermitStatus status = PermitStatus.Approved, bool outOfRegion = true, string destination = "Kota Samarinda, Kalimantan Timur")
    {
        await using var scope = fixture.NewScope().InTenant(Tenant.Id);
        var permit = new TravelPermit
        {
            TenantId = Tenant.Id, EmployeeId = employee.Id, AgencyId = agency.Id, Category = category, Purpose = purpose,
            DestinationCode = outOfRegion ? "64.72" : "64.02", DestinationName = destination, LeavesOn = leaves, ReturnsOn = returns,
            Reason = "uji", Contact = "081234567890", OutOfRegion = outOfRegion, Status = status, RequestedAt = DateTime.UtcNow, RequestedBy = Guid.NewGuid(),
        };
        scope.Db.TravelPermits.Add(permit);
        await scope.Db.SaveChangesAsync();
        return permit;
    }

    /// <summary>
    /// The month's usual permits of the Dinas Kesehatan: the head officially away over the month's end, the staff member
    /// twice (family, personal), the non-ASN recorded without approval; beside them a pending, a rejected, an in-region
    /// and a next-month trip that are not on the recap, and a teacher of the Dinas Pendidikan.
    /// </summary>
    public async Task UsualPermitsAsync(DatabaseFixture fixture, RecapMonth month)
    {
        var d = month.First;
        await PermitAsync(fixture, Kadis, Dinkes, TravelCategory.Structural, TravelPurpose.Official, month.Last.AddDays(-1), month.Last.AddDays(2), destination: "Jakarta");
        await PermitAsync(fixture, Staff, Dinkes, TravelCategory.FunctionalOrGeneral, TravelPurpose.Family, d.AddDays(2), d.AddDays(4));
        await PermitAsync(fixture, Staff, Dinkes, TravelCategory.FunctionalOrGeneral, TravelPurpose.Personal, d.AddDays(10), d.AddDays(11), destination: "Kota Balikpapan");
        await PermitAsync(fixture, Honorer, Dinkes, TravelCategory.NonAsn, TravelPurpose.Family, d.AddDays(-3), d, PermitStatus.Unapproved);
        await PermitAsync(fixture, Kabid, Dinkes, TravelCategory.Structural, TravelPurpose.Family, d.AddDays(5), d.AddDays(6), PermitStatus.Pending);
        await PermitAsync(fixture, Kabid, Dinkes, TravelCategory.Structural, TravelPurpose.Personal, d.AddDays(7), d.AddDays(8), PermitStatus.Rejected);
        await PermitAsync(fixture, Kabid, Dinkes, TravelCategory.Structural, TravelPurpose.Official, d.AddDays(12), d.AddDays(13), outOfRegion: false);
        await PermitAsync(fixture, Kabid, Dinkes, TravelCategory.Structural, TravelPurpose.Official, month.Last.AddDays(3), month.Last.AddDays(4));
        await PermitAsync(fixture, Guru, Disdik, TravelCategory.FunctionalOrGeneral, TravelPurpose.Family, d.AddDays(3), d.AddDays(5));
    }
}
