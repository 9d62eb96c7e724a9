using Microsoft.AspNetCore.Http.HttpResults;
using Sikerja.Domain.Reports;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Reports;

/// <summary>Review delegations over the API, under /reports/delegations.</summary>
public static class ReviewDelegationsApi
{
    public sealed record DelegationDto(
        Guid Id, Guid DelegatorId, string? DelegatorName, Guid DelegateId, string? DelegateName, DateOnly From, DateOnly Until, string Reason, DateTime? RevokedAt)
    {
        public static DelegationDto Of(ReviewDelegation d, string? delegator = null, string? delegateName = null) =>
            new(d.Id, d.DelegatorId, delegator, d.DelegateId, delegateName, d.From, d.Until, d.Reason, d.RevokedAt);

        public static DelegationDto Of(DelegationView v) => Of(v.Delegation, v.DelegatorName, v.DelegateName);
    }

    public sealed record DelegationsDto(IReadOnlyList<DelegationDto> Given, IReadOnlyList<DelegationDto> Received);

    public static RouteGroupBuilder MapReviewDelegationsApi(this RouteGroupBuilder reports)
    {
        var delegations = reports.MapGroup("/delegations").WithTags("Review delegations");
        delegations.MapGet("/", OverviewAsync).WithSummary("Delegations the caller gave (latest first) and those the caller holds.");
        delegations.MapPost("/", CreateAsync)
            .WithSummary("A superior delegates review of their direct reports' daily reports to another active employee (by NIP) for a date range, with a reason.");
        delegations.MapPost("/{id:guid}/revoke", RevokeAsync).WithSummary("The superior who gave it revokes a delegation; it no longer gives review.");
        return reports;
    }

    private static async Task<Results<Ok<DelegationsDto>, ValidationProblem, NotFound, ForbidHttpResult>> OverviewAsync(
        ReviewDelegationService service, CancellationToken ct) =>
        (await service.OverviewAsync(ct)).ToHttp(o => new DelegationsDto([.. o.Given.Select(DelegationDto.Of)], [.. o.Received.Select(DelegationDto.Of)]));

    private static async Task<Results<Ok<DelegationDto>, ValidationProblem, NotFound, ForbidHttpResult>> CreateAsync(
        DelegationInput input, ReviewDelegationService service, CancellationToken ct) =>
        (await service.CreateAsync(input, ct)).ToHttp(d => DelegationDto.Of(d));

    private static async Task<Results<Ok<DelegationDto>, ValidationProblem, NotFound, ForbidHttpResult>> RevokeAsync(
        Guid id, ReviewDelegationService service, CancellationToken ct) =>
        (await service.RevokeAsync(id, ct)).ToHttp(d => DelegationDto.Of(d));
}
