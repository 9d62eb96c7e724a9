using Microsoft.AspNetCore.Http.HttpResults;
using Sikerja.Domain.Travel;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Travel;

/// <summary>
/// The destinations over the API: the shipped list and the tenant's own regions, searchable, for every signed-in
/// employee; adding, renaming and removing own regions for tenant admins (what /Travel/Regions does).
/// </summary>
public static class TravelRegionsApi
{
    /// <summary>A destination; <c>id</c> is set on the tenant's own regions only (those an admin renames or removes).</summary>
    public sealed record TravelRegionDto(Guid? Id, string Code, string Name, RegionKind Kind, string ProvinceCode, string Description)
    {
        public static TravelRegionDto From(RegionListing l) => new(l.OwnId, l.Region.Code, l.Region.Name, l.Region.Kind, l.Region.ProvinceCode, l.Description);

        public static TravelRegionDto From(CustomRegion r) => From(TravelRegions.Listing(r));
    }

    public sealed record TravelRegionRequest(string? Code, string? Name);

    public sealed record TravelRegionNameRequest(string? Name);

    public static RouteGroupBuilder MapTravelRegionsApi(this RouteGroupBuilder api)
    {
        var regions = api.MapGroup("/travel-regions").WithTags("Travel regions");
        regions.MapGet("/", SearchAsync).WithSummary(
            "The destinations: 38 provinces and their regencies and cities (Kemendagri codes), then the tenant's own regions; with q, those whose code or " +
            "description (\"Kabupaten Sorong, Papua Barat Daya\") contains it, ignoring case.");
        regions.MapPost("/", AddAsync).WithSummary(
            "Adds an own region (tenant admins): a code of 2 to 20 letters, digits, dots or hyphens not in the shipped list (e.g. LN-MY for abroad, or 64.90), and a name.");
        regions.MapPut("/{id:guid}", RenameAsync).WithSummary("Renames an own region (tenant admins).");
        regions.MapDelete("/{id:guid}", RemoveAsync).WithSummary(
            "Removes an own region that no permit, high-risk marking or home region setting uses (tenant admins); a used one can only be renamed.");
        return api;
    }

    private static async Task<Ok<List<TravelRegionDto>>> SearchAsync(string? q, TravelRegions regions, CancellationToken ct) =>
        TypedResults.Ok((await regions.SearchAsync(q, ct)).Select(TravelRegionDto.From).ToList());

    private static async Task<Results<Ok<TravelRegionDto>, ValidationProblem, NotFound, ForbidHttpResult>> AddAsync(
        TravelRegionRequest body, TravelRegions regions, CancellationToken ct) =>
        (await regions.AddAsync(body.Code, body.Name, ct)).ToHttp(TravelRegionDto.From);

    private static async Task<Results<Ok<TravelRegionDto>, ValidationProblem, NotFound, ForbidHttpResult>> RenameAsync(
        Guid id, TravelRegionNameRequest body, TravelRegions regions, CancellationToken ct) =>
        (await regions.RenameAsync(id, body.Name, ct)).ToHttp(TravelRegionDto.From);

    private static async Task<Results<Ok<TravelRegionDto>, ValidationProblem, NotFound, ForbidHttpResult>> RemoveAsync(
        Guid id, TravelRegions regions, CancellationToken ct) =>
        (await regions.RemoveAsync(id, ct)).ToHttp(TravelRegionDto.From);
}
