using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Travel;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.TravelRecaps;

/// <summary>
/// Reads travel recaps: an agency's month (the draft live from the permits, or the signed letter's fixed lines) and
/// the consolidated month. Only signed recaps are stored: a draft is never saved, it is computed when read. Every agency's draft of a month comes from one read of that month's permits, however
/// many agencies and employees the tenant has.
/// </summary>
public sealed class TravelRecapQuery(SikerjaDbContext db, RecapAccess access, TenantTime tenantTime)
{
    public async Task<CommandResult<AgencyRecap>> AgencyAsync(Guid? agencyId, string? month, CancellationToken ct)
    {
        if (db.CurrentTenantId is null)
        {
            return CommandResult<AgencyRecap>.Forbidden();
        }
        RecapAgency? agency;
        if (agencyId is { } id)
        {
            agency = await access.AgencyAsync(id, ct);
            if (agency is null || !await access.CanReadAsync(agency, ct))
            {
                return CommandResult<AgencyRecap>.NotFound();
            }
        }
        else if ((agency = await DefaultAgencyAsync(ct)) is null)
        {
            return CommandResult<AgencyRecap>.Forbidden();
        }
        var (recapMonth, problem) = await MonthAsync(month, ct);
        if (problem is not null)
        {
            return CommandResult<AgencyRecap>.Refused([problem]);
        }
        return CommandResult<AgencyRecap>.Done(await BuildAsync(agency, recapMonth, ct));
    }

    public async Task<CommandResult<ConsolidatedRecap>> ConsolidatedAsync(string? month, CancellationToken ct)
    {
        if (db.CurrentTenantId is null)
        {
            return CommandResult<ConsolidatedRecap>.Forbidden();
        }
        var all = await access.AgenciesAsync(ct);
        var readsAll = await access.ReadsAllAsync(ct);
        var routed = await access.RoutedToMeAsync(ct);
        var agencies = readsAll ? all : [.. all.Where(a => routed.Contains(a.Id))];
        if (!readsAll && agencies.Count == 0)
        {
            return CommandResult<ConsolidatedRecap>.Forbidden();
        }
        var (recapMonth, problem) = await MonthAsync(month, ct);
        if (problem is not null)
        {
            return CommandResult<ConsolidatedRecap>.Refused([problem]);
        }
        var ids = agencies.Select(a => a.Id).ToList();
        var first = recapMonth.First;
        var signed = await db.TravelRecaps.AsNoTracking()
            .Where(r => r.Month == first && ids.Contains(r.AgencyId))
            .ToDictionaryAsync(r => r.AgencyId, ct);
        var fixedLines = await FixedLinesAsync(signed.Values, ct);
        var drafts = await LiveTripsAsync([.. ids.Where(id => !signed.ContainsKey(id))], recapMonth, ct);
        var routes = await db.RecapRoutes.AsNoTracking().Where(r => ids.Contains(r.AgencyId)).ToDictionaryAsync(r => r.AgencyId, r => r.AsistenId, ct);
        var asistenIds = signed.Values.Where(r => r.AsistenId is not null).Select(r => r.AsistenId!.Value).Concat(routes.Values).Distinct().ToList();
        var names = await db.Employees.AsNoTracking().Where(e => asistenIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        var me = access.EmployeeId;
        var states = agencies.Select(a =>
        {
            var recap = signed.GetValueOrDefault(a.Id);
            var lines = recap is null ? RecapRules.Lines(drafts[a.Id], recapMonth) : RecapRules.Lines(fixedLines[recap.Id], recapMonth);
            var asisten = recap?.AsistenId ?? (routes.TryGetValue(a.Id, out var route) ? route : null);
            return new AgencyRecapState(
                a, recap, lines, RecapCounts.Of(lines), asisten is { } x ? names.GetValueOrDefault(x) : null,
                recap is { Status: RecapStatus.SignedOff } && me is not null && recap.AsistenId == me);
        }).ToList();
        return CommandResult<ConsolidatedRecap>.Done(new ConsolidatedRecap(await TenantAsync(ct), recapMonth, states));
    }

    /// <summary>
    /// The draft lines of every given agency for the month from one read of the month's permits (by the
    /// (TenantId, AgencyId, LeavesOn) index), grouped by agency; every given agency has an entry.
    /// </summary>
    public async Task<ILookup<Guid, RecapTrip>> LiveTripsAsync(IReadOnlyList<Guid> agencies, RecapMonth month, CancellationToken ct)
    {
        if (agencies.Count == 0)
        {
            return Array.Empty<RecapTrip>().ToLookup(t => t.AgencyId);
        }
        var (first, last) = (month.First, month.Last);
        var permits = db.TravelPermits.AsNoTracking().Where(p =>
            p.OutOfRegion && (p.Status == PermitStatus.Approved || p.Status == PermitStatus.Unapproved) && p.LeavesOn <= last && p.ReturnsOn >= first);
        if (agencies.Count == 1)
        {
            var only = agencies[0];
            permits = permits.Where(p => p.AgencyId == only);
        }
        else
        {
            var ids = agencies.ToList();
            permits = permits.Where(p => ids.Contains(p.AgencyId));
        }
        var trips = await (from p in permits
                           join e in db.Employees on p.EmployeeId equals e.Id
                           select new RecapTrip(
                               p.Id, p.AgencyId, e.Name, e.Nip, e.Title, p.Category, p.Purpose, p.Status, p.OutOfRegion,
                               p.DestinationName, p.LeavesOn, p.ReturnsOn))
            .ToListAsync(ct);
        return trips.ToLookup(t => t.AgencyId);
    }

    /// <summary>The month named, or the usual one (this month from its last working day, else the one before).</summary>
    public async Task<(RecapMonth Month, Problem? Problem)> MonthAsync(string? month, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(month))
        {
            return RecapMonth.TryParse(month, "month", out var parsed, out var problem) ? (parsed, null) : (default, problem);
        }
        var today = tenantTime.Clock.Today;
        return (RecapRules.CurrentMonth(today, await CalendarAsync(RecapMonth.Of(today), ct)), null);
    }

    /// <summary>The tenant's working days of the month: its work week less its holidays.</summary>
    public async Task<WorkingCalendar> CalendarAsync(RecapMonth month, CancellationToken ct)
    {
        var (first, last) = (month.First, month.Last);
        var week = await db.Tenants.AsNoTracking().Where(t => t.Id == db.CurrentTenantId).Select(t => t.WorkWeek).SingleAsync(ct);
        var holidays = await db.Holidays.AsNoTracking().Where(h => h.Date >= first && h.Date <= last).Select(h => h.Date).ToListAsync(ct);
        return new WorkingCalendar(week, holidays);
    }

    /// <summary>Why the agency's recap of the month cannot be signed now, if it cannot: too early, or no Asisten to send it through.</summary>
    public async Task<Problem?> SignOffRefusalAsync(RecapAgency agency, RecapMonth month, CancellationToken ct)
    {
        if (RecapRules.CheckSignOffDate(month, tenantTime.Clock.Today, await CalendarAsync(month, ct)) is { } early)
        {
            return early;
        }
        return await db.RecapRoutes.AsNoTracking().AnyAsync(r => r.AgencyId == agency.Id, ct)
            ? null
            : new Problem("route", $"belum ada Asisten yang ditetapkan untuk {agency.Name}; admin Pemda menetapkannya di halaman Jalur rekap perjalanan");
    }

    private async Task<AgencyRecap> BuildAsync(RecapAgency agency, RecapMonth month, CancellationToken ct)
    {
        var first = month.First;
        var signed = await db.TravelRecaps.AsNoTracking()
            .SingleOrDefaultAsync(r => r.AgencyId == agency.Id && r.Month == first, ct);
        IReadOnlyList<RecapTrip> lines;
        RecapPerson? head;
        Guid? asistenId;
        if (signed is null)
        {
            lines = RecapRules.Lines((await LiveTripsAsync([agency.Id], month, ct))[agency.Id], month);
            head = agency.HeadId is { } h ? await PersonAsync(h, ct) : null;
            asistenId = await db.RecapRoutes.AsNoTracking().Where(r => r.AgencyId == agency.Id).Select(r => (Guid?)r.AsistenId).SingleOrDefaultAsync(ct);
        }
        else
        {
            lines = RecapRules.Lines((await FixedLinesAsync([signed], ct))[signed.Id], month);
            head = new RecapPerson(signed.SignerName ?? "", signed.SignerTitle, signed.SignerNip);
            asistenId = signed.AsistenId;
        }
        var callerIsHead = access.IsHead(agency);
        return new AgencyRecap(
            await TenantAsync(ct), agency, month, signed, lines, RecapCounts.Of(lines), head,
            asistenId is { } a ? await PersonAsync(a, ct) : null,
            callerIsHead,
            signed is null ? await SignOffRefusalAsync(agency, month, ct) : null,
            signed is { Status: RecapStatus.SignedOff } && access.EmployeeId is { } me && signed.AsistenId == me);
    }

    private async Task<ILookup<Guid, RecapTrip>> FixedLinesAsync(IEnumerable<TravelRecap> recaps, CancellationToken ct)
    {
        var agencyOf = recaps.ToDictionary(r => r.Id, r => r.AgencyId);
        if (agencyOf.Count == 0)
        {
            return Array.Empty<RecapTrip>().ToLookup(t => t.AgencyId);
        }
        var ids = agencyOf.Keys.ToList();
        var lines = await db.TravelRecapLines.AsNoTracking().Where(l => ids.Contains(l.RecapId)).ToListAsync(ct);
        return lines.ToLookup(
            l => l.RecapId,
            l => new RecapTrip(
                l.PermitId, agencyOf[l.RecapId], l.EmployeeName, l.Nip, l.PositionTitle, l.Category, l.Purpose, l.PermitStatus, true,
                l.DestinationName, l.LeavesOn, l.ReturnsOn));
    }

    private async Task<RecapAgency?> DefaultAgencyAsync(CancellationToken ct)
    {
        var agencies = await access.AgenciesAsync(ct);
        var headed = agencies.FirstOrDefault(access.IsHead);
        if (headed is not null)
        {
            return headed;
        }
        foreach (var agency in agencies)
        {
            if (await access.CanReadAsync(agency, ct))
            {
                return agency;
            }
        }
        return null;
    }

    private async Task<RecapPerson?> PersonAsync(Guid employeeId, CancellationToken ct) =>
        await db.Employees.AsNoTracking().Where(e => e.Id == employeeId).Select(e => new RecapPerson(e.Name, e.Title, e.Nip)).SingleOrDefaultAsync(ct);

    private async Task<RecapTenant> TenantAsync(CancellationToken ct) =>
        await db.Tenants.AsNoTracking().Where(t => t.Id == db.CurrentTenantId).Select(t => new RecapTenant(t.Code, t.Name, t.Kind)).SingleAsync(ct);
}
