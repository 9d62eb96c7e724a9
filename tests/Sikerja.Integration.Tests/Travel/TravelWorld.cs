using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Travel;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Integration.Tests.Schedule;
using Sikerja.Web.Features.Shared;
using Sikerja.Web.Features.Travel;

namespace Sikerja.Integration.Tests.Travel;

/// <summary>
/// A regency (home region Kutai Kartanegara, 64.02) with a circular in force that forbids leaving the region without
/// permission: a Sekretariat Daerah headed by the Sekda; a Dinas headed by its Kepala with a Bidang headed by a
/// Kepala Bidang over two staff; a second Dinas with its own admin; a leadership account for the regent's office.
/// </summary>
public sealed class TravelWorld
{
    public const string Samarinda = "64.72";
    public const string JakartaPusat = "31.71";

    public required TestTenant Tenant { get; init; }
    public required OrgUnit Setda { get; init; }
    public required OrgUnit Dinas { get; init; }
    public required OrgUnit OtherDinas { get; init; }
    public required Employee Sekda { get; init; }
    public required Employee Kadis { get; init; }
    public required Employee Kabid { get; init; }
    public required Employee Staff { get; init; }
    public required Employee Colleague { get; init; }
    public required DateOnly Today { get; init; }
    public required Guid SekdaAccount { get; init; }
    public required Guid KadisAccount { get; init; }
    public required Guid KabidAccount { get; init; }
    public required Guid StaffAccount { get; init; }
    public required Guid ColleagueAccount { get; init; }
    public required Guid RegentOffice { get; init; }
    public required Guid AgencyAdmin { get; init; }
    public required Guid OtherAgencyAdmin { get; init; }
    public required Guid TenantAdmin { get; init; }

    /// <param name="password">Given, the Sekda, heads and staff can sign in with it (browser tests).</param>
    public static async Task<TravelWorld> CreateAsync(DatabaseFixture db, string? password = null)
    {
        var t = await TestTenant.CreateAsync(db);
        var setda = await t.UnitAsync($"{t.Code}.setda", OrgUnitType.Secretariat, name: "Sekretariat Daerah");
        var dinas = await t.UnitAsync($"{t.Code}.dinas", OrgUnitType.Agency);
        var bidang = await t.UnitAsync($"{t.Code}.dinas.bidang", OrgUnitType.Division, dinas);
        var other = await t.UnitAsync($"{t.Code}.lain", OrgUnitType.Agency);
        var sekda = await t.EmployeeAsync(setda, PositionLevel.Jpt, head: true, name: "Sekda");
        var kadis = await t.EmployeeAsync(dinas, PositionLevel.Jpt, head: true, name: "Kepala Dinas");
        var kabid = await t.EmployeeAsync(bidang, PositionLevel.Administrator, head: true, name: "Kepala Bidang");
        var staff = await t.EmployeeAsync(bidang, PositionLevel.Staff, name: "Staf Bidang");
        var colleague = await t.EmployeeAsync(bidang, PositionLevel.Staff, name: "Rekan Bidang");
        var otherHead = await t.EmployeeAsync(other, PositionLevel.Jpt, head: true, name: "Kepala Dinas Lain");
        DateOnly today;
        Guid tenantAdmin = await t.AccountAsync(null, Role.TenantAdmin);
        await using (var scope = await db.NewScope().AsAsync(tenantAdmin))
        {
            today = scope.Get<TenantTime>().Clock.Today;
            scope.Db.TravelSettings.Add(new TravelSettings { TenantId = t.Id, HomeRegionCode = "64.02" });
            await scope.Db.SaveChangesAsync();
        }
        await t.PublishedPolicyAsync(PublishedRosterWorld.Rules(today));
        return new TravelWorld
        {
            Tenant = t, Setda = setda, Dinas = dinas, OtherDinas = other, Sekda = sekda, Kadis = kadis, Kabid = kabid, Staff = staff, Colleague = colleague, Today = today,
            SekdaAccount = await t.AccountAsync(sekda, password: password), KadisAccount = await t.AccountAsync(kadis, password: password),
            KabidAccount = await t.AccountAsync(kabid, password: password), StaffAccount = await t.AccountAsync(staff, password: password), ColleagueAccount = await t.AccountAsync(colleague),
            RegentOffice = await t.AccountAsync(null, Role.Leadership),
            AgencyAdmin = await t.AccountAsync(null, Role.AgencyAdmin, dinas),
            OtherAgencyAdmin = await t.AccountAsync(otherHead, Role.AgencyAdmin, other),
            TenantAdmin = tenantAdmin,
        };
    }

    public static TravelRequestInput Trip(
        DateOnly leaves, DateOnly returns, string destination = JakartaPusat, TravelPurpose purpose = TravelPurpose.Family, bool emergency = false) =>
        new(purpose, destination, leaves, returns, "menjenguk orang tua yang sakit", emergency, "0812 3456 7890");

    public static async Task<CommandResult<TravelPermit>> RequestAsync(DatabaseFixture db, Guid account, TravelRequestInput input)
    {
        await using var scope = await db.NewScope().AsAsync(account);
        return await scope.Get<TravelPermitService>().RequestAsync(input, CancellationToken.None);
    }

    public static async Task<CommandResult<TravelPermit>> DecideAsync(DatabaseFixture db, Guid account, Guid permit, bool approve = true, string? comment = "hati-hati di jalan")
    {
        await using var scope = await db.NewScope().AsAsync(account);
        return await scope.Get<TravelDecisions>().DecideAsync(permit, new TravelDecisionInput(approve, comment), CancellationToken.None);
    }

    public static async Task<IReadOnlyList<PermitView>> ToDecideAsync(DatabaseFixture db, Guid account)
    {
        await using var scope = await db.NewScope().AsAsync(account);
        return (await scope.Get<TravelDecisions>().ToDecideAsync(CancellationToken.None)).Value!;
    }

    public async Task<TravelPermit> StoredAsync(DatabaseFixture db, Guid permit)
    {
        await using var scope = db.NewScope().InTenant(Tenant.Id);
        return await scope.Db.TravelPermits.AsNoTracking().SingleAsync(p => p.Id == permit);
    }

    /// <summary>
    /// A Sekretariat DPRD beside the Sekretariat Daerah, headed by the Sekretaris DPRD; its code sorts before the
    /// Sekretariat Daerah's, so only the rule's DPRD ordering keeps its head from being taken for the Sekda.
    /// </summary>
    public async Task<(OrgUnit Unit, Employee Head, Guid HeadAccount)> SekretariatDprdAsync(string? password = null)
    {
        var dprd = await Tenant.UnitAsync($"{Tenant.Code}.dprd", OrgUnitType.Secretariat, name: "Sekretariat DPRD");
        var sekwan = await Tenant.EmployeeAsync(dprd, PositionLevel.Jpt, head: true, name: "Sekretaris DPRD");
        return (dprd, sekwan, await Tenant.AccountAsync(sekwan, password: password));
    }

    /// <summary>An Asisten of the Sekretariat Daerah through whom the Dinas's travel recaps go to the Sekda.</summary>
    public async Task<Employee> RoutedAsistenAsync(DatabaseFixture db, string? password = null)
    {
        var asisten = await Tenant.EmployeeAsync(Setda, PositionLevel.Jpt, name: "Asisten Pemerintahan");
        await Tenant.AccountAsync(asisten, password: password);
        await using var scope = db.NewScope().InTenant(Tenant.Id);
        scope.Db.RecapRoutes.Add(new RecapRoute { TenantId = Tenant.Id, AgencyId = Dinas.Id, AsistenId = asisten.Id });
        await scope.Db.SaveChangesAsync();
        return asisten;
    }

    /// <summary>Marks a region high-risk, as a tenant admin would.</summary>
    public async Task MarkHighRiskAsync(DatabaseFixture db, string code, DateOnly from, DateOnly until)
    {
        await using var scope = await db.NewScope().AsAsync(TenantAdmin);
        var added = await scope.Get<HighRiskService>().AddAsync(new HighRiskInput(code, from, until, "zona merah"), CancellationToken.None);
        Assert.True(added.IsDone, string.Join("; ", added.Problems));
    }
}
