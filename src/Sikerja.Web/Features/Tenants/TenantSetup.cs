using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain;
using Sikerja.Domain.Tenants;
using Sikerja.Web.Features.Calendar;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Tenants;

/// <summary>
/// Creates a tenant with the shipped national holidays and collective leave. It checks the input, not the
/// caller: the command line and the demo seeder run it as the installation; people go through <see cref="TenantService"/>.
/// </summary>
public sealed class TenantSetup(SikerjaDbContext db, TimeProvider time)
{
    public async Task<CommandResult<Tenant>> CreateAsync(TenantInput input, CancellationToken ct)
    {
        var problems = input.Validate().ToList();
        var code = input.Code?.Trim() ?? "";
        if (problems.Count == 0 && await db.Tenants.AnyAsync(t => t.Code == code, ct))
        {
            problems.Add(new Problem("code", $"kode Pemda '{code}' sudah dipakai"));
        }
        if (problems.Count > 0)
        {
            return CommandResult<Tenant>.Refused(problems);
        }
        var tenant = new Tenant
        {
            Code = code,
            Name = input.Name.Trim(),
            Kind = input.Kind,
            TimeZoneId = input.TimeZoneId,
            WorkWeek = input.WorkWeek,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Tenants.Add(tenant);
        var holidays = await HolidayPlanWriter.PlanAsync(db, tenant.Id, NationalHolidays.Reading, ct);
        await HolidayPlanWriter.ApplyAsync(db, tenant.Id, holidays, ct);
        await db.SaveChangesAsync(ct);
        return CommandResult<Tenant>.Done(tenant);
    }
}
