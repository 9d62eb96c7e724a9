using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Sikerja.Domain.Attendance;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

public static class PresenceApi
{
    public sealed record PresenceRowDto(PresenceKind Kind, string Name, string? Nip, string? Phone, string? Met, DateTime? In, DateTime? Out, Guid? VisitId);

    /// <summary>An office's presence list; a <c>reduced</c> day (past the retention period) has counts and no rows.</summary>
    public sealed record PresenceListDto(Guid UnitId, string Unit, DateOnly Date, bool Reduced, int Employees, int Visitors, IReadOnlyList<PresenceRowDto> Rows);

    public sealed record VisitDto(Guid Id, Guid UnitId, DateOnly Date, string VisitorName, string Phone, Guid? MetEmployeeId, string? MetName, DateTime ArrivedAt, DateTime? LeftAt)
    {
        public static VisitDto From(OfficeVisit v) => new(v.Id, v.UnitId, v.Date, v.VisitorName, v.Phone, v.MetEmployeeId, v.MetName, v.ArrivedAt, v.LeftAt);
    }

    public static RouteGroupBuilder MapPresenceApi(this RouteGroupBuilder api)
    {
        var presence = api.MapGroup("/presence").WithTags("Office presence");
        presence.MapGet("/units/{id:guid}", ListAsync)
            .WithSummary("Everyone in the unit's office on a day (default today) with times: WFO staff, WFH staff on an approved request, visitors. Tenant admins, health officers and the agency's admins.");
        presence.MapPost("/visits", RegisterVisitAsync).WithSummary("Registers a visitor at an office's desk (agency admin of the office or tenant admin).");
        presence.MapPost("/visits/{id:guid}/leave", LeaveAsync).WithSummary("Records when a visitor left (default now).");
        return api;
    }

    private static async Task<Results<Ok<PresenceListDto>, ValidationProblem, NotFound, ForbidHttpResult>> ListAsync(
        Guid id, [FromQuery] DateOnly? date, PresenceService service, TenantTime time, CancellationToken ct) =>
        (await service.ListAsync(id, date ?? time.Clock.Today, ct)).ToHttp(l => new PresenceListDto(
            l.UnitId, l.UnitName, l.Date, l.Reduced, l.Employees, l.Visitors,
            [.. l.Rows.Select(r => new PresenceRowDto(r.Kind, r.Name, r.Nip, r.Phone, r.Met, r.In, r.Out, r.VisitId))]));

    private static async Task<Results<Ok<VisitDto>, ValidationProblem, NotFound, ForbidHttpResult>> RegisterVisitAsync(
        VisitInput input, PresenceService service, CancellationToken ct) =>
        (await service.RegisterVisitAsync(input, ct)).ToHttp(VisitDto.From);

    private static async Task<Results<Ok<VisitDto>, ValidationProblem, NotFound, ForbidHttpResult>> LeaveAsync(
        Guid id, VisitLeaveInput input, PresenceService service, CancellationToken ct) =>
        (await service.LeaveAsync(id, input, ct)).ToHttp(VisitDto.From);
}
