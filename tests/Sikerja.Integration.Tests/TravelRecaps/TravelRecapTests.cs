using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Sikerja.Domain.Travel;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Shared;
using Sikerja.Web.Features.TravelRecaps;

namespace Sikerja.Integration.Tests.TravelRecaps;

/// <summary>
/// The monthly travel recap on both databases: counted from the permits, signed by the head of the agency only (its
/// lines then fixed), refused without a route or before the month's end, forwarded by its Asisten only, consolidated
/// for the Sekda with who has not submitted, and read only by those it concerns.
/// </summary>
public abstract class TravelRecapTests(DatabaseFixture db) : DatabaseTest(db)
{
    private static readonly RecapMonth Month = RecapWorld.PastMonth;
    private static readonly CancellationToken None = CancellationToken.None;

    private async Task<RecapWorld> WorldAsync()
    {
        var w = await RecapWorld.CreateAsync(Db);
        await w.UsualPermitsAsync(Db, Month);
        return w;
    }

    private async Task<CommandResult<AgencyRecap>> AgencyRecapAsync(Guid account, Guid? agency, RecapMonth? month = null)
    {
        await using var scope = await AsAsync(account);
        return await scope.Get<TravelRecapQuery>().AgencyAsync(agency, (month ?? Month).ToString(), None);
    }

    private async Task<CommandResult<TravelRecap>> SignOffAsync(Guid account, Guid agency, string? number = "800/123/Dinkes", RecapMonth? month = null)
    {
        await using var scope = await AsAsync(account);
        return await scope.Get<TravelRecapService>().SignOffAsync(agency, new SignOffInput((month ?? Month).ToString(), number), None);
    }

    private async Task<CommandResult<TravelRecap>> ForwardAsync(Guid account, Guid agency)
    {
        await using var scope = await AsAsync(account);
        return await scope.Get<TravelRecapService>().ForwardAsync(agency, Month.ToString(), None);
    }

    private async Task<CommandResult<ConsolidatedRecap>> ConsolidatedAsync(Guid account)
    {
        await using var scope = await AsAsync(account);
        return await scope.Get<TravelRecapQuery>().ConsolidatedAsync(Month.ToString(), None);
    }

    [Fact]
    public async Task The_draft_counts_the_approved_and_recorded_trips_out_of_the_region_of_the_month()
    {
        var w = await WorldAsync();
        var recap = (await AgencyRecapAsync(w.KadisAccount, null)).Value!;

        Assert.Equal(w.Dinkes.Id, recap.Agency.Id);
        Assert.Equal(RecapStatus.Draft, recap.Status);
        Assert.Equal(
            [(w.Kadis.Name, TravelPurpose.Official), (w.Staff.Name, TravelPurpose.Family), (w.Staff.Name, TravelPurpose.Personal), (w.Honorer.Name, TravelPurpose.Family)],
            recap.Lines.Select(l => (l.EmployeeName, l.Purpose)));
        var c = recap.Counts;
        Assert.Equal(1, c.Trips(TravelCategory.Structural, TravelPurpose.Official));
        Assert.Equal(1, c.Trips(TravelCategory.FunctionalOrGeneral, TravelPurpose.Family));
        Assert.Equal(1, c.Trips(TravelCategory.FunctionalOrGeneral, TravelPurpose.Personal));
        Assert.Equal(1, c.Trips(TravelCategory.NonAsn, TravelPurpose.Family));
        Assert.Equal((4, 3), (c.TotalTrips, c.TotalPeople));
        Assert.True(recap.CallerMaySignOff);

        // The head's trip over the month's end is on the next month's recap too.
        var next = (await AgencyRecapAsync(w.KadisAccount, w.Dinkes.Id, RecapMonth.Of(Month.First.AddMonths(1)))).Value!;
        Assert.Equal([w.Kabid.Name, w.Kadis.Name], next.Lines.Select(l => l.EmployeeName));
    }

    [Fact]
    public async Task Only_the_head_signs_and_the_signed_lines_stay_as_they_were_when_permits_change()
    {
        var w = await WorldAsync();
        var byAdmin = await SignOffAsync(w.AgencyAdminAccount, w.Dinkes.Id);
        Assert.Equal(CommandStatus.Refused, byAdmin.Status);
        Assert.Contains("hanya kepala", Assert.Single(byAdmin.Problems).Message);
        Assert.Equal(CommandStatus.Refused, (await SignOffAsync(w.AsistenAccount, w.Dinkes.Id)).Status);
        Assert.Equal(CommandStatus.NotFound, (await SignOffAsync(w.StaffAccount, w.Dinkes.Id)).Status);
        Assert.Equal("number", Assert.Single((await SignOffAsync(w.KadisAccount, w.Dinkes.Id, number: " ")).Problems).Where);

        var signed = await SignOffAsync(w.KadisAccount, w.Dinkes.Id);
        Assert.True(signed.IsDone);
        Assert.Equal((RecapStatus.SignedOff, "800/123/Dinkes", w.Kadis.Name, "Kepala Dinas Kesehatan", w.Kadis.Nip, w.Asisten.Id),
            (signed.Value!.Status, signed.Value.Number, signed.Value.SignerName, signed.Value.SignerTitle, signed.Value.SignerNip, signed.Value.AsistenId));

        // Later changes to the permits do not change the signed letter.
        await using (var scope = Db.NewScope().InTenant(w.Tenant.Id))
        {
            var staffTrips = await scope.Db.TravelPermits.Where(p => p.EmployeeId == w.Staff.Id).ToListAsync();
            staffTrips.ForEach(p => p.Status = PermitStatus.Withdrawn);
            await scope.Db.SaveChangesAsync();
        }
        await w.PermitAsync(Db, w.Kabid, w.Dinkes, TravelCategory.Structural, TravelPurpose.Family, Month.First.AddDays(20), Month.First.AddDays(21));
        var recap = (await AgencyRecapAsync(w.KadisAccount, w.Dinkes.Id)).Value!;
        Assert.Equal(RecapStatus.SignedOff, recap.Status);
        Assert.Equal([w.Kadis.Name, w.Staff.Name, w.Staff.Name, w.Honorer.Name], recap.Lines.Select(l => l.EmployeeName));
        Assert.Equal(4, recap.Counts.TotalTrips);
        Assert.False(recap.CallerMaySignOff);

        var again = await SignOffAsync(w.KadisAccount, w.Dinkes.Id, "800/124/Dinkes");
        Assert.Equal(CommandStatus.Refused, again.Status);
        Assert.Contains("sudah ditandatangani", again.Problems[0].Message);

        await using var check = Db.NewScope().InTenant(w.Tenant.Id);
        Assert.Equal(4, await check.Db.TravelRecapLines.CountAsync(l => l.RecapId == signed.Value.Id));
        var notice = await check.Db.Notifications.SingleAsync(n => n.EmployeeId == w.Asisten.Id);
        Assert.Contains(Month.Name, notice.Title);
        Assert.True(await check.Db.AuditEntries.AnyAsync(a => a.EntityType == nameof(TravelRecap) && a.EntityId == signed.Value.Id.ToString()));
    }

    [Fact]
    public async Task Without_a_route_or_before_the_month_ends_the_head_is_told_why_not()
    {
        var w = await WorldAsync();
        var noRoute = await SignOffAsync(w.KepalaDisdikAccount, w.Disdik.Id, "800/1/Disdik");
        Assert.Equal(CommandStatus.Refused, noRoute.Status);
        var problem = Assert.Single(noRoute.Problems);
        Assert.Equal("route", problem.Where);
        Assert.Contains("belum ada Asisten yang ditetapkan", problem.Message);
        Assert.Equal(problem, (await AgencyRecapAsync(w.KepalaDisdikAccount, w.Disdik.Id)).Value!.SignOffRefusal);

        var nextMonth = RecapMonth.Of(Month.First.AddMonths(3));
        var early = await SignOffAsync(w.KadisAccount, w.Dinkes.Id, month: nextMonth);
        Assert.Equal("month", Assert.Single(early.Problems).Where);
        Assert.Contains("baru dapat ditandatangani mulai hari kerja terakhir", early.Problems[0].Message);

        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        Assert.False(await scope.Db.TravelRecaps.AnyAsync());
    }

    [Fact]
    public async Task Only_the_Asisten_it_was_signed_to_forwards_it_and_the_Sekda_is_told()
    {
        var w = await WorldAsync();
        Assert.Contains("belum ditandatangani", (await ForwardAsync(w.AsistenAccount, w.Dinkes.Id)).Problems[0].Message);
        Assert.True((await SignOffAsync(w.KadisAccount, w.Dinkes.Id)).IsDone);

        Assert.Contains("hanya Asisten", (await ForwardAsync(w.KadisAccount, w.Dinkes.Id)).Problems[0].Message);
        Assert.Equal(CommandStatus.Refused, (await ForwardAsync(w.SekdaAccount, w.Dinkes.Id)).Status);
        Assert.Equal(CommandStatus.NotFound, (await ForwardAsync(w.StaffAccount, w.Dinkes.Id)).Status);

        var forwarded = await ForwardAsync(w.AsistenAccount, w.Dinkes.Id);
        Assert.True(forwarded.IsDone);
        Assert.Equal(RecapStatus.Forwarded, forwarded.Value!.Status);
        Assert.NotNull(forwarded.Value.ForwardedAt);
        Assert.Contains("sudah diteruskan", (await ForwardAsync(w.AsistenAccount, w.Dinkes.Id)).Problems[0].Message);

        await using var scope = Db.NewScope().InTenant(w.Tenant.Id);
        Assert.Contains(Month.Name, (await scope.Db.Notifications.SingleAsync(n => n.EmployeeId == w.Sekda.Id)).Title);
    }

    [Fact]
    public async Task The_consolidated_month_lists_who_has_not_submitted_and_the_Asisten_sees_their_agencies()
    {
        var w = await WorldAsync();
        Assert.True((await SignOffAsync(w.KadisAccount, w.Dinkes.Id)).IsDone);

        var sekda = (await ConsolidatedAsync(w.SekdaAccount)).Value!;
        Assert.Equal([w.Dinkes.Id], sekda.Submitted.Select(a => a.Agency.Id));
        Assert.Equal(new HashSet<Guid> { w.Disdik.Id, w.Setda.Id }, sekda.NotSubmitted.Select(a => a.Agency.Id).ToHashSet());
        Assert.Equal(4, sekda.Counts.TotalTrips);
        Assert.Equal(1, sekda.Counts.Trips(TravelCategory.NonAsn, TravelPurpose.Family));
        Assert.Equal(1, sekda.NotSubmitted.Single(a => a.Agency.Id == w.Disdik.Id).Counts.TotalTrips);
        Assert.Empty(sekda.ToForward);

        var asisten = (await ConsolidatedAsync(w.AsistenAccount)).Value!;
        Assert.Equal([w.Dinkes.Id], asisten.Agencies.Select(a => a.Agency.Id));
        Assert.Equal([w.Dinkes.Id], asisten.ToForward.Select(a => a.Agency.Id));

        Assert.Equal(3, (await ConsolidatedAsync(w.LeadershipAccount)).Value!.Agencies.Count);
        Assert.Equal(3, (await ConsolidatedAsync(w.TenantAdminAccount)).Value!.Agencies.Count);
        Assert.Equal(CommandStatus.Forbidden, (await ConsolidatedAsync(w.StaffAccount)).Status);
        Assert.Equal(CommandStatus.Forbidden, (await ConsolidatedAsync(w.KadisAccount)).Status);
    }

    [Fact]
    public async Task An_agency_admin_reads_only_their_agency_and_another_tenant_nothing()
    {
        var w = await WorldAsync();
        var other = await RecapWorld.CreateAsync(Db);

        Assert.True((await AgencyRecapAsync(w.AgencyAdminAccount, w.Dinkes.Id)).IsDone);
        Assert.Equal(w.Dinkes.Id, (await AgencyRecapAsync(w.AgencyAdminAccount, null)).Value!.Agency.Id);
        Assert.Equal(CommandStatus.NotFound, (await AgencyRecapAsync(w.AgencyAdminAccount, w.Disdik.Id)).Status);
        Assert.Equal(CommandStatus.NotFound, (await AgencyRecapAsync(w.KadisAccount, w.Disdik.Id)).Status);
        Assert.Equal(CommandStatus.NotFound, (await AgencyRecapAsync(w.StaffAccount, w.Dinkes.Id)).Status);
        Assert.Equal(CommandStatus.Forbidden, (await AgencyRecapAsync(w.StaffAccount, null)).Status);
        Assert.True((await AgencyRecapAsync(w.AsistenAccount, w.Dinkes.Id)).IsDone);
        Assert.Equal(CommandStatus.NotFound, (await AgencyRecapAsync(w.AsistenAccount, w.Disdik.Id)).Status);
        Assert.True((await AgencyRecapAsync(w.SekdaAccount, w.Disdik.Id)).IsDone);

        Assert.Equal(CommandStatus.NotFound, (await AgencyRecapAsync(other.TenantAdminAccount, w.Dinkes.Id)).Status);
        Assert.Equal(CommandStatus.NotFound, (await SignOffAsync(other.KadisAccount, w.Dinkes.Id)).Status);
        var theirs = (await ConsolidatedAsync(other.SekdaAccount)).Value!;
        Assert.DoesNotContain(theirs.Agencies, a => a.Agency.Id == w.Dinkes.Id);
        Assert.Equal(0, theirs.Agencies.Sum(a => a.Counts.TotalTrips));
    }

    [Fact]
    public async Task The_workbooks_hold_the_lines_and_the_agencies()
    {
        var w = await WorldAsync();
        Assert.True((await SignOffAsync(w.KadisAccount, w.Dinkes.Id)).IsDone);
        var agency = RecapWorkbook.Agency((await AgencyRecapAsync(w.KadisAccount, w.Dinkes.Id)).Value!);
        Assert.EndsWith($"-{Month}.xlsx", agency.FileName);
        using (var stream = new MemoryStream(agency.Content))
        {
            Assert.Equal([RecapWorkbook.CountsSheet, RecapWorkbook.LinesSheet], MiniExcel.GetSheetNames(stream));
            var lines = stream.Query(useHeaderRow: true, sheetName: RecapWorkbook.LinesSheet).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal([w.Kadis.Nip, w.Staff.Nip, w.Staff.Nip, w.Honorer.Nip], lines.Select(l => l["NIP"]?.ToString()));
            Assert.Equal(["Dinas", "Keluarga", "Pribadi", "Keluarga"], lines.Select(l => l["Keperluan"]?.ToString()));
            var counts = stream.Query(useHeaderRow: true, sheetName: RecapWorkbook.CountsSheet).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(["Struktural", "JFU/JFT", "Non-ASN", "Jumlah"], counts.Select(c => c["Kelompok"]?.ToString()));
            Assert.Equal(4d, Convert.ToDouble(counts[^1]["Jumlah perjalanan"], System.Globalization.CultureInfo.InvariantCulture));
        }

        var consolidated = RecapWorkbook.Consolidated((await ConsolidatedAsync(w.SekdaAccount)).Value!);
        using var book = new MemoryStream(consolidated.Content);
        var agencies = book.Query(useHeaderRow: true, sheetName: RecapWorkbook.AgenciesSheet).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, agencies.Count);
        Assert.Equal("800/123/Dinkes", agencies.Single(a => a["Perangkat daerah"]?.ToString() == w.Dinkes.Name)["Nomor surat"]?.ToString());
        Assert.Equal(2, agencies.Count(a => a["Status"]?.ToString() == "Belum disampaikan"));
        Assert.Equal(4, book.Query(useHeaderRow: true, sheetName: RecapWorkbook.LinesSheet).Count());
    }

    public sealed class OnSqlite(SqliteFixture db) : TravelRecapTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : TravelRecapTests(db), IClassFixture<PostgresFixture>;
}
