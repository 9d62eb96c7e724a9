using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Rosters;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

public static class AttendanceStatusApi
{
    /// <summary>An employee's status on a day; instants are UTC, <c>lateMinutes</c> and <c>earlyLeaveMinutes</c> whole minutes.</summary>
    public sealed record DayStatusDto(
        Guid EmployeeId, string Nip, string Name, Guid UnitId, string Unit, DateOnly Date, DailyStatus Status, WorkMode? Mode,
        DateTime? CheckedInAt, DateTime? CheckedOutAt, int LateMinutes, int EarlyLeaveMinutes, bool NoCheckOut, bool NotScheduled, bool Manual, bool Closed)
    {
        public static DayStatusDto From(AttendanceRow r, DateOnly date) => new(
            r.Employee.Id, r.Employee.Nip, r.Employee.Name, r.Employee.UnitId, r.Employee.UnitName, date, r.Day.Status, r.Day.Mode,
            r.Day.CheckedInAt, r.Day.CheckedOutAt, r.Day.LateMinutes, r.Day.EarlyLeaveMinutes, r.Day.NoCheckOut, r.Day.NotScheduled, r.Day.Manual, r.Day.Closed);
    }

    public sealed record TeamDayDto(DateOnly Date, string TimeZone, IReadOnlyDictionary<DailyStatus, int> Counts, IReadOnlyList<DayStatusDto> Employees);

    public sealed record UnitCountsDto(Guid UnitId, string Unit, IReadOnlyDictionary<DailyStatus, int> Counts);

    public sealed record AgencyDayDto(
        Guid AgencyId, string Agency, DateOnly Date, string TimeZone, IReadOnlyDictionary<DailyStatus, int> Counts, IReadOnlyList<UnitCountsDto> Units,
        IReadOnlyList<DayStatusDto> Employees);

    public sealed record RecapRowDto(
        Guid EmployeeId, string Nip, string Name, string Unit, int WorkingDays, IReadOnlyDictionary<DailyStatus, int> Counts,
        int LateMinutes, int NoCheckOuts, int EarlyLeaves, int ManualDays, int NotScheduledDays);

    public sealed record RecapDto(Guid AgencyId, string Agency, string Month, DateOnly From, DateOnly To, IReadOnlyList<RecapRowDto> Employees);

    public sealed record ManualRecordDto(Guid Id, CheckDirection Direction, WorkMode Mode, DateTime DeviceAt, int MinutesOff, string ManualReason);

    public sealed record ManualResultDto(Guid EmployeeId, DateOnly Date, IReadOnlyList<ManualRecordDto> Records, DailyStatus Status, int LateMinutes);

    public static RouteGroupBuilder MapAttendanceStatusApi(this RouteGroupBuilder api)
    {
        var attendance = api.MapGroup("/attendance").WithTags("Attendance status");
        attendance.MapGet("/status", MineAsync).WithSummary("The caller's own daily status on a date (default today, in the tenant's zone).");
        attendance.MapGet("/team", TeamAsync).WithSummary("The status of everyone below the caller in the reporting lines on a date (default today).");
        attendance.MapGet("/agencies/{agencyId:guid}/days/{date}", AgencyDayAsync)
            .WithSummary("An agency's day (agency admins, tenant admins, leadership): counts per status and unit, and its employees (of one status when asked).");
        attendance.MapGet("/agencies/{agencyId:guid}/recap", RecapAsync)
            .Produces<RecapDto>().Produces(StatusCodes.Status200OK, contentType: Imports.SpreadsheetWriter.XlsxContentType)
            .WithSummary("An agency's monthly recap (month as 2026-03; default this month): per employee the working days of each status; format=xlsx for the workbook.");
        attendance.MapPost("/manual", ManualAsync)
            .WithSummary("Records attendance by hand for an employee of the caller's agency who could not check in; a reason is required; audited.");
        return api;
    }

    private static async Task<Results<Ok<DayStatusDto>, ValidationProblem, NotFound, ForbidHttpResult>> MineAsync(
        AttendanceStatusQuery query, [FromQuery] DateOnly? date, CancellationToken ct) =>
        (await query.MineAsync(date, ct)).ToHttp(d => DayStatusDto.From(d.Row, d.Date));

    private static async Task<Results<Ok<TeamDayDto>, ValidationProblem, NotFound, ForbidHttpResult>> TeamAsync(
        AttendanceStatusQuery query, [FromQuery] DateOnly? date, CancellationToken ct) =>
        (await query.TeamAsync(date, ct)).ToHttp(t => new TeamDayDto(t.Date, t.TimeZoneId, t.Counts.ByStatus, [.. t.Rows.Select(r => DayStatusDto.From(r, t.Date))]));

    private static async Task<Results<Ok<AgencyDayDto>, ValidationProblem, NotFound, ForbidHttpResult>> AgencyDayAsync(
        Guid agencyId, DateOnly date, AttendanceStatusQuery query, [FromQuery] DailyStatus? status, CancellationToken ct) =>
        (await query.AgencyAsync(agencyId, date, status, ct)).ToHttp(a => new AgencyDayDto(
            a.AgencyId, a.AgencyName, a.Date, a.TimeZoneId, a.Counts.ByStatus, [.. a.Units.Select(u => new UnitCountsDto(u.UnitId, u.UnitName, u.Counts.ByStatus))],
            [.. a.Rows.Select(r => DayStatusDto.From(r, a.Date))]));

    private static async Task<IResult> RecapAsync(
        Guid agencyId, AttendanceRecapQuery query, [FromQuery] string? month, [FromQuery] string? format, CancellationToken ct)
    {
        if (string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase))
        {
            var file = await query.WorkbookAsync(agencyId, month, ct);
            return file.Value is { } f ? TypedResults.File(f.Content, f.ContentType, f.FileName) : file.ToHttp(_ => 0);
        }
        return (await query.RecapAsync(agencyId, month, ct)).ToHttp(r => new RecapDto(
            r.AgencyId, r.AgencyName, $"{r.Year:0000}-{r.Month:00}", r.From, r.To,
            [.. r.Rows.Select(x => new RecapRowDto(x.Employee.Id, x.Employee.Nip, x.Employee.Name, x.Employee.UnitName, x.WorkingDays, x.Counts.ByStatus,
                x.LateMinutes, x.NoCheckOuts, x.EarlyLeaves, x.ManualDays, x.NotScheduledDays))]));
    }

    private static async Task<Results<Ok<ManualResultDto>, ValidationProblem, NotFound, ForbidHttpResult>> ManualAsync(
        ManualAttendanceInput input, ManualAttendanceService service, CancellationToken ct) =>
        (await service.RecordAsync(input, ct)).ToHttp(m => new ManualResultDto(
            m.EmployeeId, m.Date, [.. m.Records.Select(r => new ManualRecordDto(r.Id, r.Direction, r.Mode, r.DeviceAt, r.MinutesOff, r.ManualReason!))],
            m.Day.Status, m.Day.LateMinutes));
}
