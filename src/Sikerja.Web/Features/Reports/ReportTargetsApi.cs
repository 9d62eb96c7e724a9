using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Sikerja.Domain.Reports;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Reports;

/// <summary>Performance targets (SKP) over the API, under /reports/targets.</summary>
public static class ReportTargetsApi
{
    public sealed record TargetDto(
        Guid Id, Guid EmployeeId, string? EmployeeName, int Year, string Title, decimal Quantity, string Unit, TargetStatus Status, DateTime? AgreedAt, string? Comment)
    {
        public static TargetDto From(PerformanceTarget t, string? name = null) =>
            new(t.Id, t.EmployeeId, name, t.Year, t.Title, t.Quantity, t.Unit, t.Status, t.AgreedAt, t.Comment);
    }

    public static RouteGroupBuilder MapReportTargetsApi(this RouteGroupBuilder reports)
    {
        var targets = reports.MapGroup("/targets").WithTags("Performance targets");
        targets.MapGet("/", MineAsync).WithSummary("The caller's targets of a year (default: this year).");
        targets.MapPost("/", ProposeAsync).WithSummary("The caller proposes a yearly target (title, quantity, unit) to the direct superior.");
        targets.MapPut("/{id:guid}", ChangeAsync).WithSummary("The caller corrects a target not yet agreed; it goes back to the superior as proposed.");
        targets.MapGet("/team", TeamAsync).WithSummary("Targets the caller's direct reports proposed, waiting for the caller.");
        targets.MapPost("/{id:guid}/agree", AgreeAsync).WithSummary("The direct superior agrees a proposed target.");
        targets.MapPost("/{id:guid}/return", ReturnAsync).WithSummary("The direct superior returns a proposed target with a comment.");
        return reports;
    }

    private static async Task<Results<Ok<IReadOnlyList<TargetDto>>, ValidationProblem, NotFound, ForbidHttpResult>> MineAsync(
        PerformanceTargetService service, TenantTime time, [FromQuery] int? year, CancellationToken ct) =>
        (await service.MineAsync(year ?? time.Clock.Today.Year, ct)).ToHttp(l => (IReadOnlyList<TargetDto>)[.. l.Select(t => TargetDto.From(t))]);

    private static async Task<Results<Ok<TargetDto>, ValidationProblem, NotFound, ForbidHttpResult>> ProposeAsync(
        TargetDraft input, PerformanceTargetService service, CancellationToken ct) =>
        (await service.ProposeAsync(input, ct)).ToHttp(t => TargetDto.From(t));

    private static async Task<Results<Ok<TargetDto>, ValidationProblem, NotFound, ForbidHttpResult>> ChangeAsync(
        Guid id, TargetDraft input, PerformanceTargetService service, CancellationToken ct) =>
        (await service.ChangeAsync(id, input, ct)).ToHttp(t => TargetDto.From(t));

    private static async Task<Results<Ok<IReadOnlyList<TargetDto>>, ValidationProblem, NotFound, ForbidHttpResult>> TeamAsync(
        PerformanceTargetService service, CancellationToken ct) =>
        (await service.TeamProposedAsync(ct)).ToHttp(l => (IReadOnlyList<TargetDto>)[.. l.Select(t => TargetDto.From(t.Target, t.EmployeeName))]);

    private static async Task<Results<Ok<TargetDto>, ValidationProblem, NotFound, ForbidHttpResult>> AgreeAsync(
        Guid id, PerformanceTargetService service, CancellationToken ct) =>
        (await service.DecideAsync(id, true, null, ct)).ToHttp(t => TargetDto.From(t));

    private static async Task<Results<Ok<TargetDto>, ValidationProblem, NotFound, ForbidHttpResult>> ReturnAsync(
        Guid id, ReportsApi.ReturnRequest input, PerformanceTargetService service, CancellationToken ct) =>
        (await service.DecideAsync(id, false, input.Comment, ct)).ToHttp(t => TargetDto.From(t));
}
