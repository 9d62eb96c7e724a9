using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Sikerja.Domain.Travel;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.TravelRecaps;

public static class TravelRecapsApi
{
    /// <summary>Trips per category (Structural, FunctionalOrGeneral, NonAsn) and purpose (Official, Family, Personal), with totals.</summary>
    public sealed record CountsDto(
        IReadOnlyDictionary<TravelCategory, IReadOnlyDictionary<TravelPurpose, int>> Trips,
        IReadOnlyDictionary<TravelCategory, int> TripsByCategory, IReadOnlyDictionary<TravelPurpose, int> TripsByPurpose,
        IReadOnlyDictionary<TravelCategory, int> PeopleByCategory, int TotalTrips, int TotalPeople)
    {
        public static CountsDto From(RecapCounts c) => new(
            RecapCounts.Categories.ToDictionary(k => k, k => (IReadOnlyDictionary<TravelPurpose, int>)RecapCounts.Purposes.ToDictionary(p => p, p => c.Trips(k, p))),
            RecapCounts.Categories.ToDictionary(k => k, c.Trips), RecapCounts.Purposes.ToDictionary(p => p, c.Trips),
            RecapCounts.Categories.ToDictionary(k => k, c.People), c.TotalTrips, c.TotalPeople);
    }

    public sealed record LineDto(
        Guid PermitId, string Name, string Nip, string? Position, TravelCategory Category, TravelPurpose Purpose, PermitStatus PermitStatus,
        string Destination, DateOnly LeavesOn, DateOnly ReturnsOn)
    {
        public static LineDto From(RecapTrip t) =>
            new(t.PermitId, t.EmployeeName, t.Nip, t.PositionTitle, t.Category, t.Purpose, t.Status, t.DestinationName, t.LeavesOn, t.ReturnsOn);
    }

    /// <summary>A recap's letter: <c>status</c> Draft (not yet signed: counted live from the permits), SignedOff or Forwarded.</summary>
    public sealed record LetterDto(
        Guid AgencyId, string Agency, string Month, RecapStatus Status, string? Number, string? SignerName, string? SignerTitle, string? SignerNip,
        DateTime? SignedOffAt, Guid? AsistenId, DateTime? ForwardedAt)
    {
        public static LetterDto From(RecapAgency agency, RecapMonth month, TravelRecap? r) => new(
            agency.Id, agency.Name, month.ToString(), r?.Status ?? RecapStatus.Draft, r?.Number, r?.SignerName, r?.SignerTitle, r?.SignerNip,
            r?.SignedOffAt, r?.AsistenId, r?.ForwardedAt);
    }

    /// <summary>An agency's month; <c>signOffRefusal</c> says why it cannot be signed now (too early, no Asisten configured).</summary>
    public sealed record AgencyRecapDto(LetterDto Letter, string? Asisten, CountsDto Counts, IReadOnlyList<LineDto> Lines, string? SignOffRefusal);

    public sealed record AgencyStateDto(LetterDto Letter, string? Asisten, CountsDto Counts, bool CallerForwards);

    /// <summary>The month across the caller's agencies: the counts of the submitted letters, every agency's state, and who has not submitted.</summary>
    public sealed record ConsolidatedDto(string Month, CountsDto Submitted, IReadOnlyList<AgencyStateDto> Agencies, IReadOnlyList<Guid> NotSubmitted);

    public sealed record SignOffRequest(string? Month, string? Number);

    public sealed record ForwardRequest(string? Month);

    public static RouteGroupBuilder MapTravelRecapsApi(this RouteGroupBuilder api)
    {
        var recaps = api.MapGroup("/travel-recaps").WithTags("Travel recaps");
        recaps.MapGet("/", ConsolidatedAsync)
            .WithSummary("The month (?month=yyyy-MM; default the month being reported) across every agency for the Sekda, leadership and tenant admins, across their agencies for an Asisten.");
        recaps.MapGet("/agencies/{id:guid}", AgencyAsync)
            .WithSummary("An agency's recap of a month (?month=yyyy-MM): the draft counted from the permits, or the signed letter's fixed lines.");
        recaps.MapPost("/agencies/{id:guid}/sign-off", SignOffAsync)
            .WithSummary("The head of the agency signs the month's recap with the letter number, from the month's last working day; its lines are fixed and it goes to the agency's Asisten.");
        recaps.MapPost("/agencies/{id:guid}/forward", ForwardAsync)
            .WithSummary("The Asisten the recap was signed to forwards it to the Sekda.");
        return api;
    }

    private static async Task<Results<Ok<ConsolidatedDto>, ValidationProblem, NotFound, ForbidHttpResult>> ConsolidatedAsync(
        string? month, TravelRecapQuery query, CancellationToken ct) =>
        (await query.ConsolidatedAsync(month, ct)).ToHttp(c => new ConsolidatedDto(
            c.Month.ToString(), CountsDto.From(c.Counts),
            [.. c.Agencies.Select(a => new AgencyStateDto(LetterDto.From(a.Agency, c.Month, a.Signed), a.AsistenName, CountsDto.From(a.Counts), a.CallerForwards))],
            [.. c.NotSubmitted.Select(a => a.Agency.Id)]));

    private static async Task<Results<Ok<AgencyRecapDto>, ValidationProblem, NotFound, ForbidHttpResult>> AgencyAsync(
        Guid id, string? month, TravelRecapQuery query, CancellationToken ct) =>
        (await query.AgencyAsync(id, month, ct)).ToHttp(ToDto);

    private static async Task<Results<Ok<AgencyRecapDto>, ValidationProblem, NotFound, ForbidHttpResult>> SignOffAsync(
        Guid id, SignOffRequest body, TravelRecapService service, TravelRecapQuery query, CancellationToken ct)
    {
        var signed = await service.SignOffAsync(id, new SignOffInput(body.Month, body.Number), ct);
        return signed.IsDone ? (await query.AgencyAsync(id, signed.Value!.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), ct)).ToHttp(ToDto) : signed.ToHttp<TravelRecap, AgencyRecapDto>(_ => throw new UnreachableException());
    }

    private static async Task<Results<Ok<AgencyRecapDto>, ValidationProblem, NotFound, ForbidHttpResult>> ForwardAsync(
        Guid id, ForwardRequest body, TravelRecapService service, TravelRecapQuery query, CancellationToken ct)
    {
        var forwarded = await service.ForwardAsync(id, body.Month, ct);
        return forwarded.IsDone ? (await query.AgencyAsync(id, body.Month, ct)).ToHttp(ToDto) : forwarded.ToHttp<TravelRecap, AgencyRecapDto>(_ => throw new UnreachableException());
    }

    private static AgencyRecapDto ToDto(AgencyRecap r) => new(
        LetterDto.From(r.Agency, r.Month, r.Signed), r.Asisten?.Name, CountsDto.From(r.Counts), [.. r.Lines.Select(LineDto.From)], r.SignOffRefusal?.Message);
}
