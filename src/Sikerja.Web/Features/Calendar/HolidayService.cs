using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain;
using Sikerja.Domain.Calendar;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Calendar;

/// <summary>The holidays of the caller's tenant: everyone in it reads them, its tenant admins change them.</summary>
public sealed class HolidayService(SikerjaDbContext db, CurrentUser user)
{
    public bool CanEdit => user.IsTenantAdmin && user.TenantId is not null;

    public async Task<CommandResult<IReadOnlyList<Holiday>>> ListAsync(int year, CancellationToken ct)
    {
        if (user.TenantId is null)
        {
            return CommandResult<IReadOnlyList<Holiday>>.Forbidden();
        }
        if (year is < HolidayRules.FirstYear or > HolidayRules.LastYear)
        {
            return CommandResult<IReadOnlyList<Holiday>>.Refused("year", $"tahun harus antara {HolidayRules.FirstYear} dan {HolidayRules.LastYear}");
        }
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var holidays = await db.Holidays.AsNoTracking().Where(h => h.Date >= from && h.Date <= to).OrderBy(h => h.Date).ToListAsync(ct);
        return CommandResult<IReadOnlyList<Holiday>>.Done(holidays);
    }

    public async Task<Holiday?> FindAsync(Guid id, CancellationToken ct) =>
        user.TenantId is null ? null : await db.Holidays.AsNoTracking().SingleOrDefaultAsync(h => h.Id == id, ct);

    public async Task<CommandResult<Holiday>> CreateAsync(HolidayInput input, CancellationToken ct)
    {
        if (!CanEdit)
        {
            return CommandResult<Holiday>.Forbidden();
        }
        var problems = await ValidateAsync(input, null, ct);
        if (problems.Count > 0)
        {
            return CommandResult<Holiday>.Refused(problems);
        }
        var holiday = new Holiday { TenantId = user.TenantId!.Value, Date = input.Date, Name = input.Name.Trim(), Kind = input.Kind };
        db.Holidays.Add(holiday);
        await db.SaveChangesAsync(ct);
        return CommandResult<Holiday>.Done(holiday);
    }

    public async Task<CommandResult<Holiday>> UpdateAsync(Guid id, HolidayInput input, CancellationToken ct)
    {
        var holiday = user.TenantId is null ? null : await db.Holidays.SingleOrDefaultAsync(h => h.Id == id, ct);
        if (holiday is null)
        {
            return CommandResult<Holiday>.NotFound();
        }
        if (!CanEdit)
        {
            return CommandResult<Holiday>.Forbidden();
        }
        var problems = await ValidateAsync(input, id, ct);
        if (problems.Count > 0)
        {
            return CommandResult<Holiday>.Refused(problems);
        }
        holiday.Date = input.Date;
        holiday.Name = input.Name.Trim();
        holiday.Kind = input.Kind;
        await db.SaveChangesAsync(ct);
        return CommandResult<Holiday>.Done(holiday);
    }

    public async Task<CommandResult<Holiday>> DeleteAsync(Guid id, CancellationToken ct)
    {
        var holiday = user.TenantId is null ? null : await db.Holidays.SingleOrDefaultAsync(h => h.Id == id, ct);
        if (holiday is null)
        {
            return CommandResult<Holiday>.NotFound();
        }
        if (!CanEdit)
        {
            return CommandResult<Holiday>.Forbidden();
        }
        db.Holidays.Remove(holiday);
        await db.SaveChangesAsync(ct);
        return CommandResult<Holiday>.Done(holiday);
    }

    /// <summary>Adds the shipped national holidays and collective leave, updating dates the tenant already has.</summary>
    public async Task<CommandResult<HolidayImportPlan>> LoadNationalAsync(CancellationToken ct)
    {
        if (!CanEdit)
        {
            return CommandResult<HolidayImportPlan>.Forbidden();
        }
        var tenantId = user.TenantId!.Value;
        var plan = await HolidayPlanWriter.PlanAsync(db, tenantId, NationalHolidays.Reading, ct);
        await HolidayPlanWriter.ApplyAsync(db, tenantId, plan, ct);
        await db.SaveChangesAsync(ct);
        return CommandResult<HolidayImportPlan>.Done(plan);
    }

    private async Task<List<Problem>> ValidateAsync(HolidayInput input, Guid? id, CancellationToken ct)
    {
        var problems = input.Validate().ToList();
        var other = await db.Holidays.AsNoTracking().Where(h => h.Date == input.Date && h.Id != id).Select(h => h.Name).FirstOrDefaultAsync(ct);
        if (other is not null)
        {
            problems.Add(new Problem("date", $"tanggal {input.Date:yyyy-MM-dd} sudah menjadi hari libur: {other}"));
        }
        return problems;
    }
}
