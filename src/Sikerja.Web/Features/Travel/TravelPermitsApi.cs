using Microsoft.AspNetCore.Http.HttpResults;
using Sikerja.Domain.Travel;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Travel;

public static class TravelPermitsApi
{
    public sealed record DecisionDto(int StepIndex, ApprovalStep Step, bool Approved, string? Comment, string DecidedBy, DateTime DecidedAt);

    /// <summary>A permit; <c>currentStep</c> is the step it waits for while pending, <c>lapsed</c> a pending one that can no longer be approved.</summary>
    public sealed record PermitDto(
        Guid Id, Guid EmployeeId, string? EmployeeName, TravelPurpose Purpose, TravelCategory Category, string DestinationCode, string DestinationName,
        DateOnly LeavesOn, DateOnly ReturnsOn, string Reason, bool Emergency, string Contact, bool OutOfRegion, bool HighRisk,
        PermitStatus Status, IReadOnlyList<ApprovalStep> Chain, int StepsApproved, ApprovalStep? CurrentStep, bool Lapsed, bool ApprovedAfterDeparture,
        DateTime RequestedAt, DateOnly? ReturnedOn, DateOnly? QuarantineUntil, IReadOnlyList<DecisionDto> Decisions)
    {
        public static PermitDto From(PermitView v) => From(v.Permit, v.EmployeeName, v.CurrentStep, v.Lapsed,
            [.. v.Decisions.Select(d => new DecisionDto(d.Decision.StepIndex, d.Decision.Step, d.Decision.Approved, d.Decision.Comment, d.DeciderName, d.Decision.DecidedAt))]);

        public static PermitDto From(TravelPermit p) =>
            From(p, null, p.Status == PermitStatus.Pending && p.StepsApproved < p.Chain.Count ? p.Chain[p.StepsApproved] : null, false, []);

        private static PermitDto From(TravelPermit p, string? name, ApprovalStep? current, bool lapsed, IReadOnlyList<DecisionDto> decisions) => new(
            p.Id, p.EmployeeId, name, p.Purpose, p.Category, p.DestinationCode, p.DestinationName, p.LeavesOn, p.ReturnsOn, p.Reason, p.Emergency,
            p.Contact, p.OutOfRegion, p.HighRisk, p.Status, p.Chain, p.StepsApproved, current, lapsed, p.ApprovedAfterDeparture, p.RequestedAt,
            p.ReturnedOn, p.QuarantineUntil, decisions);
    }

    public sealed record RegionDto(string Code, string Name, RegionKind Kind, string ProvinceCode);

    public sealed record CommentRequest(string? Comment);

    public sealed record ReturnRequest(DateOnly? ReturnedOn);

    public static RouteGroupBuilder MapTravelPermitsApi(this RouteGroupBuilder api)
    {
        var permits = api.MapGroup("/travel-permits").WithTags("Travel permits");
        permits.MapPost("/", RequestAsync).WithSummary(
            "The caller requests permission to travel. Whether approval is needed follows from the circular in force over the dates, " +
            "working from home and the home region; without a need the trip is recorded as notified (approved, empty chain). Otherwise it " +
            "waits for the first step of the tenant's chain (plus the high-risk step for a high-risk destination), whose approver is notified.");
        permits.MapGet("/mine", MineAsync).WithSummary("The caller's own permits, latest departure first, with the current step and the decisions.");
        permits.MapGet("/pending", PendingAsync).WithSummary("The permits waiting for the caller's decision (not lapsed), soonest departure first.");
        permits.MapPost("/{id:guid}/approve", ApproveAsync).WithSummary(
            "Approves the current step (only its holder; never one's own). Ordinary requests only before departure; emergencies within the grace hours after it, flagged.");
        permits.MapPost("/{id:guid}/reject", RejectAsync).WithSummary("Rejects at the current step, with a required comment.");
        permits.MapPost("/{id:guid}/withdraw", WithdrawAsync).WithSummary("The employee withdraws their own pending request.");
        permits.MapPost("/{id:guid}/return", ReturnAsync).WithSummary(
            "The employee confirms the return date; after a high-risk trip the tenant's quarantine days become unavailable and the published roster is repaired.");
        permits.MapPost("/unapproved", RecordUnapprovedAsync).WithSummary(
            "The direct superior or an agency admin records a trip that started without approval (status Unapproved); the employee is notified.");
        permits.MapGet("/regions", RegionsAsync).WithSummary("The destinations: 38 provinces and their regencies and cities (Kemendagri codes), and the tenant's own regions.");
        return api;
    }

    private static async Task<Results<Ok<PermitDto>, ValidationProblem, NotFound, ForbidHttpResult>> RequestAsync(
        TravelRequestInput input, TravelPermitService service, CancellationToken ct) =>
        (await service.RequestAsync(input, ct)).ToHttp(PermitDto.From);

    private static async Task<Results<Ok<IReadOnlyList<PermitDto>>, ValidationProblem, NotFound, ForbidHttpResult>> MineAsync(
        TravelPermitService service, CancellationToken ct) =>
        (await service.MineAsync(ct)).ToHttp(l => (IReadOnlyList<PermitDto>)[.. l.Select(PermitDto.From)]);

    private static async Task<Results<Ok<IReadOnlyList<PermitDto>>, ValidationProblem, NotFound, ForbidHttpResult>> PendingAsync(
        TravelDecisions service, CancellationToken ct) =>
        (await service.ToDecideAsync(ct)).ToHttp(l => (IReadOnlyList<PermitDto>)[.. l.Select(PermitDto.From)]);

    private static async Task<Results<Ok<PermitDto>, ValidationProblem, NotFound, ForbidHttpResult>> ApproveAsync(
        Guid id, CommentRequest input, TravelDecisions service, CancellationToken ct) =>
        (await service.DecideAsync(id, new TravelDecisionInput(true, input.Comment), ct)).ToHttp(PermitDto.From);

    private static async Task<Results<Ok<PermitDto>, ValidationProblem, NotFound, ForbidHttpResult>> RejectAsync(
        Guid id, CommentRequest input, TravelDecisions service, CancellationToken ct) =>
        (await service.DecideAsync(id, new TravelDecisionInput(false, input.Comment), ct)).ToHttp(PermitDto.From);

    private static async Task<Results<Ok<PermitDto>, ValidationProblem, NotFound, ForbidHttpResult>> WithdrawAsync(
        Guid id, TravelPermitService service, CancellationToken ct) =>
        (await service.WithdrawAsync(id, ct)).ToHttp(PermitDto.From);

    private static async Task<Results<Ok<PermitDto>, ValidationProblem, NotFound, ForbidHttpResult>> ReturnAsync(
        Guid id, ReturnRequest input, TravelPermitService service, CancellationToken ct) =>
        (await service.ReturnAsync(id, input.ReturnedOn, ct)).ToHttp(PermitDto.From);

    private static async Task<Results<Ok<PermitDto>, ValidationProblem, NotFound, ForbidHttpResult>> RecordUnapprovedAsync(
        UnapprovedTripInput input, TravelRecording service, CancellationToken ct) =>
        (await service.RecordAsync(input, ct)).ToHttp(PermitDto.From);

    private static async Task<Ok<List<RegionDto>>> RegionsAsync(TravelRegions regions, CancellationToken ct)
    {
        var list = TravelRegions.Catalog.Regions.Select(r => new RegionDto(r.Code, r.Name, r.Kind, r.ProvinceCode)).ToList();
        list.AddRange((await regions.CustomAsync(ct)).Select(r => new RegionDto(r.Code, r.Name, RegionKind.Custom, RegionCodes.ProvinceOf(r.Code))));
        return TypedResults.Ok(list);
    }
}
