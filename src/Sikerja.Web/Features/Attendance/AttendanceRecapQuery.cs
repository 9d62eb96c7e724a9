using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Web.Features.Imports;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>The monthly recap of an agency, for whoever may read the agency's attendance, and its workbook.</summary>
public sealed class AttendanceRecapQuery(SikerjaDbContext db, AttendanceStatusQuery status, AttendanceDayReader reader, TenantTime tenantTime)
{
    public async Task<CommandResult<AttendanceRecap>> RecapAsync(Guid agencyId, string? month, CancellationToken ct)
    {
        var today = tenantTime.Clock.Today;
        int year, m;
        if (string.IsNullOrWhiteSpace(month))
        {
            (year, m) = (today.Year, today.Month);
        }
        else if (!AttendanceRecap.TryParseMonth(month, out year, out m))
        {
            return CommandResult<AttendanceRecap>.Refused("month", $"'{month}' bukan bulan; tulis seperti {today:yyyy-MM}");
        }
        var scope = await status.AgencyScopeAsync(agencyId, ct);
        if (scope.Status != CommandStatus.Done)
        {
            return new CommandResult<AttendanceRecap>(scope.Status, null, scope.Problems);
        }
        var from = new DateOnly(year, m, 1);
        if (from > today)
        {
            return CommandResult<AttendanceRecap>.Refused("month", "bulan itu belum dimulai");
        }
        var last = from.AddMonths(1).AddDays(-1);
        var to = last < today ? last : today;
        var (name, employees) = scope.Value!;
        var period = await reader.ReadAsync(employees, from, to, ct);
        return CommandResult<AttendanceRecap>.Done(AttendanceRecap.Of(agencyId, name, year, m, period));
    }

    public async Task<CommandResult<ExportFile>> WorkbookAsync(Guid agencyId, string? month, CancellationToken ct)
    {
        var recap = await RecapAsync(agencyId, month, ct);
        if (recap.Value is not { } r)
        {
            return new CommandResult<ExportFile>(recap.Status, null, recap.Problems);
        }
        var code = await db.Tenants.AsNoTracking().Where(t => t.Id == db.CurrentTenantId).Select(t => t.Code).SingleAsync(ct);
        return CommandResult<ExportFile>.Done(AttendanceRecapWorkbook.Write(r, code));
    }
}
