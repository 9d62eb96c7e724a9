using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Sikerja.Domain.People;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.People;

public static class PeopleApi
{
    /// <summary>An employee; <c>priorityHome</c> and its reason are null where the caller may not see health data.</summary>
    public sealed record EmployeeDto(
        Guid Id, string Nip, string Name, Employment Employment, PositionLevel Level, string? Title, Guid UnitId,
        Guid? SupervisorId, Guid? SupervisorOverride, string? Phone, bool? PriorityHome, string? PriorityHomeReason, bool IsActive)
    {
        public static EmployeeDto From(Employee e, bool showsHealth) => new(e.Id, e.Nip, e.Name, e.Employment, e.Level, e.Title, e.UnitId,
            e.SupervisorId, e.SupervisorOverride, e.Phone, showsHealth ? e.PriorityHome : null, showsHealth ? e.PriorityHomeReason : null, e.IsActive);
    }

    public sealed record EmployeeDetailDto(EmployeeDto Employee, string UnitName, IReadOnlyList<PersonRow> ReportingChain, IReadOnlyList<PersonRow> DirectReports);

    public static RouteGroupBuilder MapPeopleApi(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/employees").WithTags("People");
        people.MapGet("/", SearchAsync).WithSummary("Searches employees by name or NIP, within the caller's view.");
        people.MapGet("/{id:guid}", GetAsync).WithSummary("One employee with the reporting chain.");
        people.MapPost("/", CreateAsync);
        people.MapPut("/{id:guid}", UpdateAsync);
        return api;
    }

    private static async Task<Ok<PeoplePage>> SearchAsync(
        PeopleQuery query, [FromQuery] string? q, [FromQuery] Guid? unit, [FromQuery] bool? includeInactive, [FromQuery] int? page, CancellationToken ct) =>
        TypedResults.Ok(await query.SearchAsync(q, unit, includeInactive == true, page ?? 1, ct));

    private static async Task<Results<Ok<EmployeeDetailDto>, NotFound>> GetAsync(Guid id, PeopleQuery query, CancellationToken ct)
    {
        var detail = await query.DetailAsync(id, ct);
        return detail is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new EmployeeDetailDto(EmployeeDto.From(detail.Employee, detail.ShowsHealth), detail.UnitName, detail.ChainAbove, detail.DirectReports));
    }

    private static async Task<Results<Ok<EmployeeDto>, ValidationProblem, NotFound, ForbidHttpResult>> CreateAsync(
        EmployeeInput input, EmployeeService service, CancellationToken ct) =>
        (await service.CreateAsync(input, ct)).ToHttp(e => EmployeeDto.From(e, showsHealth: true));

    /// <summary>A caller who may not see the employee's health data neither changes it nor gets it back.</summary>
    private static async Task<Results<Ok<EmployeeDto>, ValidationProblem, NotFound, ForbidHttpResult>> UpdateAsync(
        Guid id, EmployeeInput input, EmployeeService service, OrganisationAccess access, CancellationToken ct)
    {
        var result = await service.UpdateAsync(id, input, ct);
        var showsHealth = result.Value is { } e && await access.CanSeeHealthAsync(e, ct);
        return result.ToHttp(e => EmployeeDto.From(e, showsHealth));
    }
}
