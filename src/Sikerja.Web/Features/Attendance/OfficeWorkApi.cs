using Microsoft.AspNetCore.Http.HttpResults;
using Sikerja.Domain.Attendance;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

public static class OfficeWorkApi
{
    public sealed record OfficeWorkDto(
        Guid Id, Guid EmployeeId, string? EmployeeName, DateOnly Date, string Reason, RequestStatus Status, DateTime RequestedAt,
        DateTime? DecidedAt, string? DecidedBy, string? DecisionNote)
    {
        public static OfficeWorkDto From(OfficeWorkView v) => From(v.Request, v.EmployeeName, v.DeciderName);

        public static OfficeWorkDto From(OfficeWorkRequest r, string? name = null, string? decider = null) => new(
            r.Id, r.EmployeeId, name, r.Date, r.Reason, r.Status, r.RequestedAt, r.DecidedAt, decider, r.DecisionNote);
    }

    public sealed record DecisionRequest(string? Note);

    public static RouteGroupBuilder MapOfficeWorkApi(this RouteGroupBuilder api)
    {
        var requests = api.MapGroup("/office-work-requests").WithTags("Office-work permission");
        requests.MapPost("/", AskAsync).WithSummary("A WFH employee asks the direct superior to work at the office on a date, with the reason.");
        requests.MapGet("/mine", MineAsync).WithSummary("The caller's own requests, latest date first.");
        requests.MapGet("/to-decide", ToDecideAsync).WithSummary("Requests of the caller's direct reports: pending first, then those of the last month.");
        requests.MapPost("/{id:guid}/approve", ApproveAsync)
            .WithSummary("The direct superior approves: the day of the published roster becomes an office day (overridden, with the request as reason).");
        requests.MapPost("/{id:guid}/reject", RejectAsync).WithSummary("The direct superior rejects, with an optional note.");
        return api;
    }

    private static async Task<Results<Ok<OfficeWorkDto>, ValidationProblem, NotFound, ForbidHttpResult>> AskAsync(
        OfficeWorkInput input, OfficeWorkService service, CancellationToken ct) =>
        (await service.AskAsync(input, ct)).ToHttp(r => OfficeWorkDto.From(r));

    private static async Task<Results<Ok<IReadOnlyList<OfficeWorkDto>>, ValidationProblem, NotFound, ForbidHttpResult>> MineAsync(
        OfficeWorkService service, CancellationToken ct) =>
        (await service.MineAsync(ct)).ToHttp(l => (IReadOnlyList<OfficeWorkDto>)[.. l.Select(OfficeWorkDto.From)]);

    private static async Task<Results<Ok<IReadOnlyList<OfficeWorkDto>>, ValidationProblem, NotFound, ForbidHttpResult>> ToDecideAsync(
        OfficeWorkService service, CancellationToken ct) =>
        (await service.ToDecideAsync(ct)).ToHttp(l => (IReadOnlyList<OfficeWorkDto>)[.. l.Select(OfficeWorkDto.From)]);

    private static async Task<Results<Ok<OfficeWorkDto>, ValidationProblem, NotFound, ForbidHttpResult>> ApproveAsync(
        Guid id, DecisionRequest input, OfficeWorkService service, CancellationToken ct) =>
        (await service.DecideAsync(id, new OfficeWorkDecision(true, input.Note), ct)).ToHttp(r => OfficeWorkDto.From(r));

    private static async Task<Results<Ok<OfficeWorkDto>, ValidationProblem, NotFound, ForbidHttpResult>> RejectAsync(
        Guid id, DecisionRequest input, OfficeWorkService service, CancellationToken ct) =>
        (await service.DecideAsync(id, new OfficeWorkDecision(false, input.Note), ct)).ToHttp(r => OfficeWorkDto.From(r));
}
