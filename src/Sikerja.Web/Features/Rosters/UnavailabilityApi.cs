using Microsoft.AspNetCore.Http.HttpResults;
using Sikerja.Domain.People;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Rosters;

/// <summary>
/// Days an employee cannot work (sick, quarantine, leave): health data, read by the employee, the admins of their
/// agency and tenant admins, recorded by those admins. Rosters plan them off; a published roster is repaired.
/// </summary>
public static class UnavailabilityApi
{
    public sealed record UnavailabilityDto(Guid Id, Guid EmployeeId, DateOnly From, DateOnly To, UnavailabilityCause Cause, string? Note, DateTime RecordedAt)
    {
        public static UnavailabilityDto Of(Unavailability u) => new(u.Id, u.EmployeeId, u.From, u.To, u.Cause, u.Note, u.RecordedAt);
    }

    public static RouteGroupBuilder MapUnavailabilityApi(this RouteGroupBuilder api)
    {
        api.MapGet("/employees/{id:guid}/unavailability", ListAsync).WithTags("Rosters")
            .WithSummary("The days an employee is recorded unavailable, latest first (the employee, admins of their agency, tenant admins).");
        api.MapPost("/employees/{id:guid}/unavailability", RecordAsync).WithTags("Rosters")
            .WithSummary("Records days an employee cannot work; an overlapping record is refused. Repair a published roster afterwards.");
        api.MapDelete("/unavailability/{id:guid}", DeleteAsync).WithTags("Rosters").WithSummary("Removes a record of unavailable days.");
        return api;
    }

    private static async Task<Results<Ok<List<UnavailabilityDto>>, ValidationProblem, NotFound, ForbidHttpResult>> ListAsync(
        Guid id, UnavailabilityService service, CancellationToken ct) =>
        (await service.ForEmployeeAsync(id, ct)).ToHttp(e => e.Records.Select(UnavailabilityDto.Of).ToList());

    private static async Task<Results<Ok<UnavailabilityDto>, ValidationProblem, NotFound, ForbidHttpResult>> RecordAsync(
        Guid id, UnavailabilityInput input, UnavailabilityService service, CancellationToken ct) =>
        (await service.RecordAsync(id, input, ct)).ToHttp(UnavailabilityDto.Of);

    private static async Task<Results<Ok<UnavailabilityDto>, ValidationProblem, NotFound, ForbidHttpResult>> DeleteAsync(
        Guid id, UnavailabilityService service, CancellationToken ct) =>
        (await service.DeleteAsync(id, ct)).ToHttp(UnavailabilityDto.Of);
}
