using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Sikerja.Data.Rosters;
using Sikerja.Domain.Rosters;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Rosters;

/// <summary>Stored duty rosters: plan, read as a grid, edit cells, publish, discard, export as roster-scenario.md documents.</summary>
public static class RostersApi
{
    public sealed record PlanDto(
        Guid Id, Guid? AgencyId, Guid? PolicyId, string PolicyNumber, DateOnly From, DateOnly To, RosterStatus Status,
        DateTime GeneratedAt, DateTime? PublishedAt, int Employees, int WorkingDays)
    {
        public static PlanDto Of(RosterPlan p) =>
            new(p.Id, p.AgencyId, p.PolicyId, p.PolicyNumber, p.From, p.To, p.Status, p.GeneratedAt, p.PublishedAt, p.EmployeeCount, p.WorkingDayCount);
    }

    public sealed record PlanRowDto(Guid Id, Guid? AgencyId, string PolicyNumber, DateOnly From, DateOnly To, RosterStatus Status, int Employees, int Shortfalls, int Violations)
    {
        public static PlanRowDto Of(RosterPlanRow p) => new(p.Id, p.AgencyId, p.PolicyNumber, p.From, p.To, p.Status, p.EmployeeCount, p.ShortfallCount, p.ViolationCount);
    }

    /// <param name="Shifts">The codes of the shifts of an office day; empty otherwise.</param>
    public sealed record CellDto(DateOnly Date, WorkMode Mode, IReadOnlyList<string> Shifts, AssignmentReason Reason, bool Overridden, string? OverrideReason);

    public sealed record RowDto(Guid EmployeeId, string Nip, string Name, IReadOnlyList<CellDto> Cells);

    public sealed record UnitDto(Guid Id, string Code, string Name, int Depth, int People);

    public sealed record ExplainedDto<T>(T Item, string Explanation);

    public sealed record GridDto(
        PlanDto Plan, IReadOnlyList<string> Shifts, IReadOnlyList<UnitDto> Units, Guid? UnitId, int Page, int PageSize, int Total,
        IReadOnlyList<DateOnly> Days, IReadOnlyList<RowDto> Rows,
        IReadOnlyList<ExplainedDto<Shortfall>> Shortfalls, IReadOnlyList<ExplainedDto<CapViolation>> Violations);

    public sealed record CellEditDto(CellDto Cell, IReadOnlyList<string> OverriddenRules);

    public sealed record SimulationDayDto(DateOnly Date, IReadOnlyDictionary<string, int> Office, int Home, int Off);

    public sealed record SimulationAgencyDto(
        string Code, string Name, int Employees, IReadOnlyList<SimulationDayDto> Days,
        IReadOnlyList<ExplainedDto<Shortfall>> Shortfalls, IReadOnlyList<ExplainedDto<CapViolation>> Violations);

    public sealed record SimulationDto(Guid PolicyId, DateOnly From, DateOnly To, IReadOnlyList<SimulationAgencyDto> Agencies);

    public static RouteGroupBuilder MapRostersApi(this RouteGroupBuilder api)
    {
        var rosters = api.MapGroup("/rosters").WithTags("Rosters");
        rosters.MapGet("/", ListAsync).WithSummary("The stored rosters the caller may read (admins, leadership).");
        rosters.MapPost("/", GenerateAsync)
            .WithSummary("Plans a period for the whole tenant (agencyId null, tenant admin) or one agency under the published circular in force; stored as a draft.");
        rosters.MapGet("/{id:guid}", GridAsync).WithSummary("One page of a roster as a grid: the people of one unit (default: the first) × the working days.");
        rosters.MapDelete("/{id:guid}", DiscardAsync).WithSummary("Removes a draft roster.");
        rosters.MapPut("/{id:guid}/cells", EditAsync)
            .WithSummary("Changes one cell of a draft. A change that breaks a rule is refused with each rule in words, unless override is set with a reason.");
        rosters.MapPost("/{id:guid}/publish", PublishAsync).WithSummary("Publishes a draft: it becomes every employee's schedule and is read-only except through repair.");
        rosters.MapGet("/{id:guid}/roster.json", RosterJsonAsync).WithSummary("The roster in the roster format of roster-scenario.md.");
        rosters.MapGet("/{id:guid}/scenario.json", PlanScenarioAsync).WithSummary("The scenario the roster is checked against (roster-scenario.md): `sikerja roster check` it with roster.json.");
        rosters.MapGet("/scenario", PolicyScenarioAsync).WithSummary("Any stored circular over the tenant (or one agency) for a period, as a scenario document.");
        rosters.MapGet("/simulation", SimulateAsync)
            .WithSummary("What a circular (e.g. a draft) would do to the organisation: per agency and day at the office per shift, at home, off; shortfalls and cap conflicts explained (tenant admin).");
        return api;
    }

    private static async Task<Results<Ok<List<PlanRowDto>>, ValidationProblem, NotFound, ForbidHttpResult>> ListAsync(
        RosterPlanService plans, CancellationToken ct) =>
        (await plans.ListAsync(ct)).ToHttp(list => list.Select(PlanRowDto.Of).ToList());

    private static async Task<Results<Ok<PlanDto>, ValidationProblem, NotFound, ForbidHttpResult>> GenerateAsync(
        GenerateRequest request, RosterGenerator generator, CancellationToken ct) =>
        (await generator.GenerateAsync(request, ct)).ToHttp(PlanDto.Of);

    private static async Task<Results<Ok<GridDto>, ValidationProblem, NotFound, ForbidHttpResult>> GridAsync(
        Guid id, [FromQuery] Guid? unit, [FromQuery] int? page, RosterGridQuery grids, RosterExplainer explain, CancellationToken ct) =>
        (await grids.GridAsync(id, unit, page ?? 1, ct)).ToHttp(g =>
        {
            string Name(string code) => g.UnitNames.GetValueOrDefault(code, code);
            var policy = g.Plan.PolicySnapshot;
            return new GridDto(
                PlanDto.Of(g.Plan),
                [.. g.Shifts.Select(s => s.Code)],
                [.. g.Units.Select(u => new UnitDto(u.Id, u.Code, u.Name, u.Depth, u.People))],
                g.Unit?.Id,
                g.Page,
                g.PageSize,
                g.Total,
                g.Days,
                [.. g.Rows.Select(r => new RowDto(r.EmployeeId, r.Nip, r.Name, [.. r.Cells.Select(c => Cell(c, g.Shifts))]))],
                [.. g.Shortfalls.Select(s => new ExplainedDto<Shortfall>(s, explain.Shortfall(s, policy, Name)))],
                [.. g.Violations.Select(v => new ExplainedDto<CapViolation>(v, explain.Violation(v, policy, Name)))]);
        });

    private static async Task<Results<Ok<CellEditDto>, ValidationProblem, NotFound, ForbidHttpResult>> EditAsync(
        Guid id, CellEditInput input, RosterEditor editor, CancellationToken ct) =>
        (await editor.EditAsync(id, input, ct)).ToHttp(o => new CellEditDto(
            new CellDto(o.Entry.Date, o.Entry.Mode, Codes(o.Entry.Shifts, o.Shifts), o.Entry.Reason, o.Entry.Overridden, o.Entry.OverrideReason),
            o.OverriddenRules));

    private static async Task<Results<Ok<PlanDto>, ValidationProblem, NotFound, ForbidHttpResult>> PublishAsync(
        Guid id, RosterPlanService plans, CancellationToken ct) =>
        (await plans.PublishAsync(id, ct)).ToHttp(PlanDto.Of);

    private static async Task<Results<Ok<PlanDto>, ValidationProblem, NotFound, ForbidHttpResult>> DiscardAsync(
        Guid id, RosterPlanService plans, CancellationToken ct) =>
        (await plans.DiscardAsync(id, ct)).ToHttp(PlanDto.Of);

    private static async Task<Results<FileContentHttpResult, ValidationProblem, NotFound, ForbidHttpResult>> RosterJsonAsync(
        Guid id, RosterExports exports, CancellationToken ct) =>
        File(await exports.RosterAsync(id, ct));

    private static async Task<Results<FileContentHttpResult, ValidationProblem, NotFound, ForbidHttpResult>> PlanScenarioAsync(
        Guid id, RosterExports exports, CancellationToken ct) =>
        File(await exports.PlanScenarioAsync(id, ct));

    private static async Task<Results<FileContentHttpResult, ValidationProblem, NotFound, ForbidHttpResult>> PolicyScenarioAsync(
        [FromQuery] Guid policy, [FromQuery] Guid? agency, [FromQuery] DateOnly from, [FromQuery] DateOnly to, RosterExports exports, CancellationToken ct) =>
        File(await exports.PolicyScenarioAsync(policy, agency, from, to, ct));

    private static async Task<Results<Ok<SimulationDto>, ValidationProblem, NotFound, ForbidHttpResult>> SimulateAsync(
        [FromQuery] Guid policy, [FromQuery] DateOnly? from, [FromQuery] DateOnly? to, PolicySimulation simulation, RosterExplainer explain, CancellationToken ct) =>
        (await simulation.SimulateAsync(policy, from, to, ct)).ToHttp(s =>
        {
            string Name(string code) => s.UnitNames.GetValueOrDefault(code, code);
            return new SimulationDto(s.Policy.Id, s.From, s.To,
            [
                .. s.Agencies.Select(a => new SimulationAgencyDto(a.Code, a.Name, a.Employees,
                    [.. a.Days.Select(d => new SimulationDayDto(d.Date, s.Shifts.Select((x, i) => (x.Code, d.OfficePerShift[i])).ToDictionary(x => x.Code, x => x.Item2), d.Home, d.Off))],
                    [.. a.Shortfalls.Select(x => new ExplainedDto<Shortfall>(x, explain.Shortfall(x, s.Policy.Rules, Name)))],
                    [.. a.Violations.Select(x => new ExplainedDto<CapViolation>(x, explain.Violation(x, s.Policy.Rules, Name)))])),
            ]);
        });

    private static CellDto Cell(GridCell c, IReadOnlyList<Domain.Policies.Shift> shifts) =>
        new(c.Date, c.Mode, Codes(c.Shifts, shifts), c.Reason, c.Overridden, c.OverrideReason);

    private static IReadOnlyList<string> Codes(ShiftSet set, IReadOnlyList<Domain.Policies.Shift> shifts) =>
        [.. set.Indexes().Where(i => i < shifts.Count).Select(i => shifts[i].Code)];

    private static Results<FileContentHttpResult, ValidationProblem, NotFound, ForbidHttpResult> File(CommandResult<JsonFile> result) =>
        result.Status == CommandStatus.Done
            ? TypedResults.File(result.Value!.Content, "application/json", result.Value.FileName)
            : result.ToHttp(f => f) switch
            {
                { Result: ValidationProblem v } => v,
                { Result: ForbidHttpResult f } => f,
                _ => TypedResults.NotFound(),
            };
}
