using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Sikerja.Domain.Attendance;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

public static class AssembliesApi
{
    /// <summary>An assembly; <c>startsAt</c> is in the tenant's zone, <c>startsAtUtc</c> the same instant in UTC.</summary>
    public sealed record AssemblyDto(
        Guid Id, DateOnly Date, TimeOnly StartsAt, DateTime StartsAtUtc, string Title, string? OnlineLink, string? Place, Guid? UnitId, string? UnitName,
        bool CanManage, bool MustAttend, DateTime? AttendedAt)
    {
        public static AssemblyDto From(AssemblyView v) => new(
            v.Assembly.Id, v.Assembly.Date, v.Assembly.StartsAt, v.StartsAtUtc, v.Assembly.Title, v.Assembly.OnlineLink, v.Assembly.Place,
            v.Assembly.UnitId, v.UnitName, v.CanManage, v.MustAttend, v.Mine?.DeviceAt);
    }

    /// <summary>A stored attendance; <c>duplicate</c> is true when the request found it already stored.</summary>
    public sealed record AttendanceReceiptDto(
        Guid Id, Guid ClientId, Guid AssemblyId, Guid EmployeeId, CheckInMethod Method, DateTime DeviceAt, DateTime ReceivedAt, string? ManualReason, bool Duplicate)
    {
        public static AttendanceReceiptDto From(AssemblyReceipt r) => new(
            r.Attendance.Id, r.Attendance.ClientId, r.Attendance.AssemblyId, r.Attendance.EmployeeId, r.Attendance.Method,
            r.Attendance.DeviceAt, r.Attendance.ReceivedAt, r.Attendance.ManualReason, r.Duplicate);
    }

    public sealed record AttendeeDto(Guid EmployeeId, string Name, string Nip, string Unit, DateTime At, CheckInMethod Method, string? ManualReason);

    public sealed record PersonDto(Guid EmployeeId, string Name, string Nip, string Unit)
    {
        public static PersonDto From(AssemblyPerson p) => new(p.EmployeeId, p.Name, p.Nip, p.UnitName);
    }

    /// <summary>Excused: <c>cause</c> Sick, Quarantine or Leave; null when the roster has them off that day.</summary>
    public sealed record ExcusedDto(PersonDto Person, string? Cause);

    public sealed record AssemblyReportDto(
        AssemblyDto Assembly, int Expected, IReadOnlyList<AttendeeDto> Attended, IReadOnlyList<PersonDto> Absent, IReadOnlyList<ExcusedDto> Excused);

    public static RouteGroupBuilder MapAssembliesApi(this RouteGroupBuilder api)
    {
        var assemblies = api.MapGroup("/assemblies").WithTags("Morning assembly");
        assemblies.MapGet("/", ListAsync)
            .WithSummary("The assemblies from..to (default: today and the next 13 days) the caller must attend or organises.");
        assemblies.MapPost("/", ScheduleAsync)
            .WithSummary("Schedules an assembly for a unit's subtree (agency admins: in their agency) or, with no unitId, for everyone (tenant admins).");
        assemblies.MapGet("/{id:guid}", GetAsync).WithSummary("One assembly the caller must attend or organises.");
        assemblies.MapPost("/{id:guid}/attend", AttendAsync)
            .WithSummary("The caller's own attendance while the assembly runs: 201 when stored, 200 with duplicate=true when it already was (same clientId or an earlier tap).");
        assemblies.MapPost("/{id:guid}/attendance", RecordAsync)
            .WithSummary("An organiser records an employee's attendance by hand, with the reason.");
        assemblies.MapGet("/{id:guid}/attendance", ReportAsync)
            .WithSummary("For organisers: who attended, the absentees, and those sick, on leave or off that day (apart).");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<AssemblyDto>>, ValidationProblem, NotFound, ForbidHttpResult>> ListAsync(
        AssemblyService service, TenantTime time, [FromQuery] DateOnly? from, [FromQuery] DateOnly? to, CancellationToken ct)
    {
        var start = from ?? time.Clock.Today;
        return (await service.ListAsync(start, to ?? start.AddDays(13), ct)).ToHttp(list => (IReadOnlyList<AssemblyDto>)[.. list.Select(AssemblyDto.From)]);
    }

    private static async Task<Results<Ok<AssemblyDto>, ValidationProblem, NotFound, ForbidHttpResult>> ScheduleAsync(
        AssemblyInput input, AssemblyService service, CancellationToken ct)
    {
        var scheduled = await service.ScheduleAsync(input, ct);
        if (!scheduled.IsDone)
        {
            return scheduled.ToHttp(_ => (AssemblyDto)null!);
        }
        return (await service.GetAsync(scheduled.Value!.Id, ct)).ToHttp(AssemblyDto.From);
    }

    private static async Task<Results<Ok<AssemblyDto>, ValidationProblem, NotFound, ForbidHttpResult>> GetAsync(
        Guid id, AssemblyService service, CancellationToken ct) =>
        (await service.GetAsync(id, ct)).ToHttp(AssemblyDto.From);

    private static async Task<Results<Created<AttendanceReceiptDto>, Ok<AttendanceReceiptDto>, ValidationProblem, NotFound, ForbidHttpResult>> AttendAsync(
        Guid id, AssemblyAttendInput input, AssemblyService service, CancellationToken ct) =>
        Receipt(await service.AttendAsync(id, input, ct), id);

    private static async Task<Results<Created<AttendanceReceiptDto>, Ok<AttendanceReceiptDto>, ValidationProblem, NotFound, ForbidHttpResult>> RecordAsync(
        Guid id, AssemblyManualInput input, AssemblyService service, CancellationToken ct) =>
        Receipt(await service.RecordAsync(id, input, ct), id);

    private static async Task<Results<Ok<AssemblyReportDto>, ValidationProblem, NotFound, ForbidHttpResult>> ReportAsync(
        Guid id, AssemblyService service, CancellationToken ct) =>
        (await service.ReportAsync(id, ct)).ToHttp(r => new AssemblyReportDto(
            AssemblyDto.From(r.Assembly), r.Expected,
            [.. r.Attended.Select(a => new AttendeeDto(a.Person.EmployeeId, a.Person.Name, a.Person.Nip, a.Person.UnitName, a.At, a.Method, a.ManualReason))],
            [.. r.Absent.Select(PersonDto.From)],
            [.. r.Excused.Select(e => new ExcusedDto(PersonDto.From(e.Person), e.Cause?.ToString()))]));

    /// <summary>New records answer 201, records found already stored 200, as check-ins do.</summary>
    private static Results<Created<AttendanceReceiptDto>, Ok<AttendanceReceiptDto>, ValidationProblem, NotFound, ForbidHttpResult> Receipt(
        CommandResult<AssemblyReceipt> result, Guid assemblyId)
    {
        if (result.Value is { Duplicate: false } created)
        {
            return TypedResults.Created($"/api/v1/assemblies/{assemblyId}/attendance", AttendanceReceiptDto.From(created));
        }
        return result.ToHttp(AttendanceReceiptDto.From).Result switch
        {
            Ok<AttendanceReceiptDto> ok => ok,
            ValidationProblem problem => problem,
            ForbidHttpResult forbid => forbid,
            _ => TypedResults.NotFound(),
        };
    }
}
