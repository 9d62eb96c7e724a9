using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Travel;
using Sikerja.Web.Features.Notifications;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.TravelRecaps;

/// <summary>The letter number the head of the agency gives the recap when signing it.</summary>
public sealed record SignOffInput(string? Month, string? Number);

/// <summary>
/// Signing an agency's monthly recap and passing it on (Kukar): the head of the agency signs it, which fixes its
/// lines and sends it to the Asisten configured for the agency; the Asisten forwards it to the Sekda. A signed
/// recap is never unsigned or returned: its lines are the record of the month as the head signed it. Both steps
/// are audited on save (TravelRecap is in the audit trail) and notified.
/// </summary>
public sealed class TravelRecapService(SikerjaDbContext db, RecapAccess access, TravelRecapQuery query, Notifier notifier, TimeProvider time)
{
    public async Task<CommandResult<TravelRecap>> SignOffAsync(Guid agencyId, SignOffInput input, CancellationToken ct)
    {
        var agency = await access.AgencyAsync(agencyId, ct);
        if (agency is null || !await access.CanReadAsync(agency, ct))
        {
            return CommandResult<TravelRecap>.NotFound();
        }
        var (month, monthProblem) = await query.MonthAsync(input.Month, ct);
        if (monthProblem is not null)
        {
            return CommandResult<TravelRecap>.Refused([monthProblem]);
        }
        if (!access.IsHead(agency) || access.EmployeeId is not { } me)
        {
            return CommandResult<TravelRecap>.Refused("agency", $"hanya kepala {agency.Name} yang dapat menandatangani rekap perjalanannya");
        }
        var first = month.First;
        if (await db.TravelRecaps.AnyAsync(r => r.AgencyId == agency.Id && r.Month == first, ct))
        {
            return CommandResult<TravelRecap>.Refused("status", $"rekap {month.Name} sudah ditandatangani");
        }
        var problems = new[] { await query.SignOffRefusalAsync(agency, month, ct), RecapRules.CheckNumber(input.Number) }.OfType<Domain.Problem>().ToList();
        if (problems.Count > 0)
        {
            return CommandResult<TravelRecap>.Refused(problems);
        }
        var asisten = await db.RecapRoutes.Where(r => r.AgencyId == agency.Id).Select(r => r.AsistenId).SingleAsync(ct);
        var signer = await db.Employees.AsNoTracking().Where(e => e.Id == me).Select(e => new { e.Name, e.Title, e.Nip }).SingleAsync(ct);
        var lines = RecapRules.Lines((await query.LiveTripsAsync([agency.Id], month, ct))[agency.Id], month);
        var recap = db.TravelRecaps.Add(new TravelRecap { TenantId = db.CurrentTenantId!.Value, AgencyId = agency.Id, Month = first }).Entity;
        recap.Status = RecapStatus.SignedOff;
        recap.Number = input.Number!.Trim();
        recap.SignedOffBy = access.UserId;
        recap.SignerName = Clip(signer.Name, TravelRecap.MaxSignerLength);
        recap.SignerTitle = Clip(signer.Title ?? $"Kepala {agency.Name}", TravelRecap.MaxSignerLength);
        recap.SignerNip = signer.Nip;
        recap.SignedOffAt = time.GetUtcNow().UtcDateTime;
        recap.AsistenId = asisten;
        db.TravelRecapLines.AddRange(lines.Select(l => new TravelRecapLine
        {
            TenantId = recap.TenantId, RecapId = recap.Id, PermitId = l.PermitId, EmployeeName = l.EmployeeName, Nip = l.Nip,
            PositionTitle = l.PositionTitle, Category = l.Category, Purpose = l.Purpose, PermitStatus = l.Status,
            DestinationName = l.DestinationName, LeavesOn = l.LeavesOn, ReturnsOn = l.ReturnsOn,
        }));
        await notifier.QueueAsync([asisten], $"Rekap perjalanan {agency.Name} {month.Name}",
            $"{signer.Name} menandatangani rekap perjalanan ke luar daerah {agency.Name} bulan {month.Name} (nomor {recap.Number}, {lines.Count} perjalanan). "
            + "Mohon diteruskan kepada Sekretaris Daerah.",
            $"/TravelRecaps?agency={agency.Id}&month={month}", ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Signed at the same moment by another request: the unique (agency, month) index keeps one letter.
            return CommandResult<TravelRecap>.Refused("status", $"rekap {month.Name} sudah ditandatangani");
        }
        return CommandResult<TravelRecap>.Done(recap);
    }

    public async Task<CommandResult<TravelRecap>> ForwardAsync(Guid agencyId, string? monthText, CancellationToken ct)
    {
        var agency = await access.AgencyAsync(agencyId, ct);
        if (agency is null || !await access.CanReadAsync(agency, ct))
        {
            return CommandResult<TravelRecap>.NotFound();
        }
        var (month, monthProblem) = await query.MonthAsync(monthText, ct);
        if (monthProblem is not null)
        {
            return CommandResult<TravelRecap>.Refused([monthProblem]);
        }
        var first = month.First;
        var recap = await db.TravelRecaps.SingleOrDefaultAsync(r => r.AgencyId == agency.Id && r.Month == first, ct);
        if (recap is null)
        {
            return CommandResult<TravelRecap>.Refused("status", $"rekap {month.Name} belum ditandatangani kepala {agency.Name}");
        }
        if (recap.Status == RecapStatus.Forwarded)
        {
            return CommandResult<TravelRecap>.Refused("status", $"rekap {month.Name} sudah diteruskan kepada Sekretaris Daerah");
        }
        if (access.EmployeeId is not { } me || recap.AsistenId != me)
        {
            return CommandResult<TravelRecap>.Refused("agency", $"hanya Asisten yang membidangi {agency.Name} yang dapat meneruskan rekap ini");
        }
        recap.Status = RecapStatus.Forwarded;
        recap.ForwardedAt = time.GetUtcNow().UtcDateTime;
        recap.ForwardedBy = access.UserId;
        if (await access.SekdaAsync(ct) is { } sekda)
        {
            var asisten = await db.Employees.AsNoTracking().Where(e => e.Id == me).Select(e => e.Name).SingleAsync(ct);
            await notifier.QueueAsync([sekda], $"Rekap perjalanan {agency.Name} {month.Name}",
                $"{asisten} meneruskan rekap perjalanan ke luar daerah {agency.Name} bulan {month.Name} (nomor {recap.Number}).",
                $"/TravelRecaps/Consolidated?month={month}", ct);
        }
        await db.SaveChangesAsync(ct);
        return CommandResult<TravelRecap>.Done(recap);
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
