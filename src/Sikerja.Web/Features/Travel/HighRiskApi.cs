using Microsoft.AspNetCore.Http.HttpResults;
using Sikerja.Domain.Travel;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Travel;

/// <summary>High-risk regions over the API, for tenant admins and health officers: what /Travel/HighRisk lists, adds and removes.</summary>
public static class HighRiskApi
{
    public sealed record HighRiskDto(Guid Id, string RegionCode, string RegionName, DateOnly From, DateOnly Until, string? Note)
    {
        public static HighRiskDto Of(HighRiskView v) => new(v.Marking.Id, v.Marking.RegionCode, v.RegionName, v.Marking.From, v.Marking.Until, v.Marking.Note);
    }

    public static RouteGroupBuilder MapHighRiskApi(this RouteGroupBuilder api)
    {
        var regions = api.MapGroup("/high-risk-regions").WithTags("High-risk regions");
        regions.MapGet("/", ListAsync).WithSummary("Markings that have not ended, then those of the last year, latest end first, with the region's name. Tenant admins and health officers.");
        regions.MapPost("/", AddAsync).WithSummary(
            "Marks a region (a province code marks all its regencies and cities) high-risk from a date until a date; approvers of trips there are warned " +
            "and the tenant's high-risk step is added to the chain. Tenant admins and health officers.");
        regions.MapDelete("/{id:guid}", RemoveAsync).WithSummary("Removes a marking. Tenant admins and health officers.");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<HighRiskDto>>, ValidationProblem, NotFound, ForbidHttpResult>> ListAsync(
        HighRiskService service, CancellationToken ct) =>
        (await service.ListAsync(ct)).ToHttp(l => (IReadOnlyList<HighRiskDto>)[.. l.Select(HighRiskDto.Of)]);

    private static async Task<Results<Ok<HighRiskDto>, ValidationProblem, NotFound, ForbidHttpResult>> AddAsync(
        HighRiskInput input, HighRiskService service, TravelRegions regions, CancellationToken ct) =>
        await ToHttpAsync(await service.AddAsync(input, ct), regions, ct);

    private static async Task<Results<Ok<HighRiskDto>, ValidationProblem, NotFound, ForbidHttpResult>> RemoveAsync(
        Guid id, HighRiskService service, TravelRegions regions, CancellationToken ct) =>
        await ToHttpAsync(await service.RemoveAsync(id, ct), regions, ct);

    /// <summary>The marking with its region's name, as the list shows it.</summary>
    private static async Task<Results<Ok<HighRiskDto>, ValidationProblem, NotFound, ForbidHttpResult>> ToHttpAsync(
        CommandResult<HighRiskRegion> result, TravelRegions regions, CancellationToken ct)
    {
        var region = result.Value is { } marking ? await regions.FindAsync(marking.RegionCode, ct) : null;
        return result.ToHttp(m => HighRiskDto.Of(new HighRiskView(m, region is null ? m.RegionCode : TravelRegions.Describe(region))));
    }
}
