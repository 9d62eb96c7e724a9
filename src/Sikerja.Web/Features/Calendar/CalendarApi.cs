using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Sikerja.Domain;
using Sikerja.Domain.Calendar;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Calendar;

public static class CalendarApi
{
    public sealed record HolidayDto(Guid Id, DateOnly Date, string Name, HolidayKind Kind)
    {
        public static HolidayDto From(Holiday h) => new(h.Id, h.Date, h.Name, h.Kind);
    }

    /// <summary>A file to import: its text, "csv" or "ics" (guessed from the file name or content when omitted).</summary>
    public sealed record ImportRequest(string Content, string? Format = null, string? FileName = null, HolidayKind DefaultKind = HolidayKind.National, bool DryRun = false);

    public sealed record PlannedHolidayDto(int Line, DateOnly Date, string Name, HolidayKind Kind, HolidayChange Change, string? Note);

    public sealed record ImportResultDto(bool Saved, int Added, int Updated, int Unchanged, IReadOnlyList<PlannedHolidayDto> Holidays, IReadOnlyList<Problem> Problems)
    {
        public static ImportResultDto From(HolidayImportPlan plan, bool saved) => new(saved,
            plan.Count(HolidayChange.Add), plan.Count(HolidayChange.Update), plan.Count(HolidayChange.Unchanged),
            [.. plan.Holidays.Select(h => new PlannedHolidayDto(h.Line, h.Date, h.Name, h.Kind, h.Change, h.Note))], plan.Problems);
    }

    public static RouteGroupBuilder MapCalendarApi(this RouteGroupBuilder api)
    {
        var holidays = api.MapGroup("/calendar/holidays").WithTags("Calendar");
        holidays.MapGet("/", ListAsync).WithSummary("The holidays of the caller's tenant in one year (default: this year in the tenant's zone).");
        holidays.MapPost("/", CreateAsync).WithSummary("Adds a holiday (tenant admin).");
        holidays.MapPut("/{id:guid}", UpdateAsync).WithSummary("Changes a holiday (tenant admin).");
        holidays.MapDelete("/{id:guid}", DeleteAsync).WithSummary("Removes a holiday (tenant admin).");
        holidays.MapPost("/import", ImportAsync)
            .WithSummary("Imports a CSV (date,name,kind) or iCal file: all or nothing. With dryRun, only says what it would do.");
        holidays.MapPost("/national", LoadNationalAsync)
            .WithSummary("Loads the national holidays and collective leave Sikerja ships (tenant admin).");
        return api;
    }

    private static async Task<Results<Ok<List<HolidayDto>>, ValidationProblem, NotFound, ForbidHttpResult>> ListAsync(
        HolidayService service, TenantTime time, [FromQuery] int? year, CancellationToken ct) =>
        (await service.ListAsync(year ?? time.Clock.Today.Year, ct)).ToHttp(list => list.Select(HolidayDto.From).ToList());

    private static async Task<Results<Ok<HolidayDto>, ValidationProblem, NotFound, ForbidHttpResult>> CreateAsync(
        HolidayInput input, HolidayService service, CancellationToken ct) =>
        (await service.CreateAsync(input, ct)).ToHttp(HolidayDto.From);

    private static async Task<Results<Ok<HolidayDto>, ValidationProblem, NotFound, ForbidHttpResult>> UpdateAsync(
        Guid id, HolidayInput input, HolidayService service, CancellationToken ct) =>
        (await service.UpdateAsync(id, input, ct)).ToHttp(HolidayDto.From);

    private static async Task<Results<Ok<HolidayDto>, ValidationProblem, NotFound, ForbidHttpResult>> DeleteAsync(
        Guid id, HolidayService service, CancellationToken ct) =>
        (await service.DeleteAsync(id, ct)).ToHttp(HolidayDto.From);

    private static async Task<Results<Ok<ImportResultDto>, ValidationProblem, NotFound, ForbidHttpResult>> ImportAsync(
        ImportRequest request, HolidayImporter importer, CancellationToken ct)
    {
        HolidayFileFormat format;
        switch (request.Format?.Trim().ToLowerInvariant())
        {
            case null or "":
                format = HolidayFile.Detect(request.FileName, request.Content ?? "");
                break;
            case "csv":
                format = HolidayFileFormat.Csv;
                break;
            case "ics" or "ical" or "icalendar":
                format = HolidayFileFormat.ICalendar;
                break;
            default:
                return CommandResult<HolidayImportPlan>.Refused("format", $"format '{request.Format}' tidak dikenal; pakai csv atau ics").ToHttp(p => ImportResultDto.From(p, false));
        }
        var file = new HolidayFile(request.Content ?? "", format, request.DefaultKind);
        return request.DryRun
            ? (await importer.PreviewAsync(file, ct)).ToHttp(p => ImportResultDto.From(p, saved: false))
            : (await importer.SaveAsync(file, ct)).ToHttp(p => ImportResultDto.From(p, saved: true));
    }

    private static async Task<Results<Ok<ImportResultDto>, ValidationProblem, NotFound, ForbidHttpResult>> LoadNationalAsync(
        HolidayService service, CancellationToken ct) =>
        (await service.LoadNationalAsync(ct)).ToHttp(p => ImportResultDto.From(p, saved: true));
}
