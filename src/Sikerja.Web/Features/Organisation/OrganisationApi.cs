using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Organisation;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Organisation;

public static class OrganisationApi
{
    public sealed record UnitDto(
        Guid Id, string Code, string Name, OrgUnitType Type, Guid? ParentId, Guid? HeadId, string? Address,
        double? OfficeLatitude, double? OfficeLongitude, int? OfficeRadiusMetres, bool IsClosed)
    {
        public static UnitDto From(OrgUnit u) => new(u.Id, u.Code, u.Name, u.Type, u.ParentId, u.HeadId, u.Address,
            u.OfficeLatitude, u.OfficeLongitude, u.OfficeRadiusMetres, u.IsClosed);
    }

    public sealed record MoveRequest(Guid? ParentId);

    public static RouteGroupBuilder MapOrganisationApi(this RouteGroupBuilder api)
    {
        var units = api.MapGroup("/units").WithTags("Organisation");
        units.MapGet("/", ListAsync).WithSummary("Units the caller may see.");
        units.MapGet("/tree", TreeAsync).WithSummary("One level of the unit tree with head counts.");
        units.MapGet("/{id:guid}", GetAsync);
        units.MapPost("/", CreateAsync);
        units.MapPut("/{id:guid}", UpdateAsync).WithSummary("Renames a unit, changes its type, address, office location and head.");
        units.MapPost("/{id:guid}/move", MoveAsync).WithSummary("Moves a unit under another (no cycles).");
        units.MapPost("/{id:guid}/close", CloseAsync).WithSummary("Closes a unit; refused while it has people or open sub-units.");
        return api;
    }

    private static async Task<Results<Ok<List<UnitDto>>, ForbidHttpResult>> ListAsync(OrganisationAccess access, CancellationToken ct)
    {
        if (!access.CanSeeTree)
        {
            return TypedResults.Forbid();
        }
        var units = await (await access.VisibleUnitsAsync(ct)).AsNoTracking().OrderBy(u => u.Path).ToListAsync(ct);
        return TypedResults.Ok(units.ConvertAll(UnitDto.From));
    }

    private static async Task<Results<Ok<OrgTreeLevel>, NotFound, ForbidHttpResult>> TreeAsync(
        OrgTreeQuery tree, OrganisationAccess access, [FromQuery] Guid? focus, [FromQuery] bool? includeClosed, CancellationToken ct)
    {
        if (!access.CanSeeTree)
        {
            return TypedResults.Forbid();
        }
        var level = await tree.LevelAsync(focus, includeClosed == true, ct);
        return level is null ? TypedResults.NotFound() : TypedResults.Ok(level);
    }

    private static async Task<Results<Ok<UnitDto>, NotFound>> GetAsync(Guid id, OrganisationAccess access, CancellationToken ct)
    {
        var unit = await (await access.VisibleUnitsAsync(ct)).AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
        return unit is null ? TypedResults.NotFound() : TypedResults.Ok(UnitDto.From(unit));
    }

    private static async Task<Results<Ok<UnitDto>, ValidationProblem, NotFound, ForbidHttpResult>> CreateAsync(
        OrgUnitInput input, OrgUnitService service, CancellationToken ct) =>
        (await service.CreateAsync(input, ct)).ToHttp(UnitDto.From);

    private static async Task<Results<Ok<UnitDto>, ValidationProblem, NotFound, ForbidHttpResult>> UpdateAsync(
        Guid id, OrgUnitInput input, OrgUnitService service, CancellationToken ct) =>
        (await service.UpdateAsync(id, input, ct)).ToHttp(UnitDto.From);

    private static async Task<Results<Ok<UnitDto>, ValidationProblem, NotFound, ForbidHttpResult>> MoveAsync(
        Guid id, MoveRequest request, OrgUnitService service, CancellationToken ct) =>
        (await service.MoveAsync(id, request.ParentId, ct)).ToHttp(UnitDto.From);

    private static async Task<Results<Ok<UnitDto>, ValidationProblem, NotFound, ForbidHttpResult>> CloseAsync(
        Guid id, OrgUnitService service, CancellationToken ct) =>
        (await service.CloseAsync(id, ct)).ToHttp(UnitDto.From);
}
