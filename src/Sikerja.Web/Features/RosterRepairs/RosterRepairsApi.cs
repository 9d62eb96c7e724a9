using Microsoft.AspNetCore.Http.HttpResults;
using Sikerja.Data.Rosters;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.RosterRepairs;

public static class RosterRepairsApi
{
    public sealed record PlaceDto(string Mode, IReadOnlyList<string> Shifts, string Reason)
    {
        public static PlaceDto From(DayPlace p) => new(p.Mode.ToString(), [.. p.Shifts.Select(s => s.Code)], p.Reason.ToString());
    }

    /// <summary>One changed assignment; <c>unavailableBecause</c> is the recorded cause of an absence (health data).</summary>
    public sealed record ChangeDto(Guid EmployeeId, string Name, string Nip, DateOnly Date, PlaceDto Before, PlaceDto After, string Cause, string? UnavailableBecause)
    {
        public static ChangeDto From(RosterChangeRow r) =>
            new(r.EmployeeId, r.Name, r.Nip, r.Date, PlaceDto.From(r.Before), PlaceDto.From(r.After), r.Cause.ToString(), r.UnavailableBecause?.ToString());
    }

    public sealed record RepairOutcomeDto(
        Guid PlanId, DateOnly From, bool Saved, Guid? RevisionId, IReadOnlyList<ChangeDto> Changes, int NotInOrganisation, int NotInRoster)
    {
        public static RepairOutcomeDto Of(RepairOutcome o) =>
            new(o.PlanId, o.From, o.Saved, o.RevisionId, [.. o.Changes.Select(ChangeDto.From)], o.NotInOrganisation, o.NotInRoster);
    }

    public sealed record RevisionDto(Guid Id, RevisionKind Kind, DateOnly FirstDate, DateTime At, string By, IReadOnlyList<ChangeDto> Changes)
    {
        public static RevisionDto From(RevisionView v) =>
            new(v.Revision.Id, v.Revision.Kind, v.Revision.FirstDate, v.Revision.At, v.Revision.ByName, [.. v.Changes.Select(ChangeDto.From)]);
    }

    public static RouteGroupBuilder MapRosterRepairsApi(this RouteGroupBuilder api)
    {
        var repairs = api.MapGroup("/rosters/{id:guid}/repairs").WithTags("Rosters");
        repairs.MapPost("/", RepairAsync).WithSummary(
            "Repairs a published roster after people became unavailable (recorded as unavailability): re-plans from `from` (default today) " +
            "changing as few assignments as possible, stores the changes and notifies each employee concerned. With dryRun, only says what would change.");
        repairs.MapGet("/", ListAsync).WithSummary("The repairs of a published roster, the latest first, with every assignment each changed.");
        return api;
    }

    private static async Task<Results<Ok<RepairOutcomeDto>, ValidationProblem, NotFound, ForbidHttpResult>> RepairAsync(
        Guid id, RepairRequest request, RosterRepairService service, CancellationToken ct) =>
        (await service.RepairAsync(id, request, ct)).ToHttp(RepairOutcomeDto.Of);

    private static async Task<Results<Ok<List<RevisionDto>>, ValidationProblem, NotFound, ForbidHttpResult>> ListAsync(
        Guid id, RosterRevisionQuery query, CancellationToken ct) =>
        (await query.OfPlanAsync(id, ct)).ToHttp(p => p.Revisions.Select(RevisionDto.From).ToList());
}
