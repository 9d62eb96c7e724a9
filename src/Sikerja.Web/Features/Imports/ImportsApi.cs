using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Sikerja.Data.Imports;
using Sikerja.Domain.Imports;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Imports;

public static class ImportsApi
{
    public sealed record ProblemDto(string Sheet, int Row, string Column, string Message);

    /// <summary>An import batch: its problems (nothing can be committed while there is one) or what a commit does.</summary>
    public sealed record ImportDto(
        Guid Id, string FileName, ImportStatus Status, DateTime CreatedAt, DateTime? CommittedAt, int UnitRows, int EmployeeRows,
        bool CanCommit, IReadOnlyList<ProblemDto> Problems, ImportSummary? Summary)
    {
        public static ImportDto From(ImportPreview p) => new(p.Id, p.FileName, p.Status, p.CreatedAt, p.CommittedAt, p.UnitRows, p.EmployeeRows,
            p.CanCommit, [.. p.Problems.Select(x => new ProblemDto(x.Sheet, x.Row, x.Column, x.Message))], p.Summary);
    }

    public static RouteGroupBuilder MapImportsApi(this RouteGroupBuilder api)
    {
        var imports = api.MapGroup("/imports").WithTags("Imports");
        imports.MapPost("/", PreviewAsync)
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(ImportService.MaxFileBytes + (1 << 20)))
            .WithSummary("Uploads an XLSX or CSV file (form field 'file', at most 10 MB): stores its rows and returns every problem, or what a commit would do.");
        imports.MapGet("/{id:guid}", GetAsync).WithSummary("An import batch, checked again against the data as it is now.");
        imports.MapPost("/{id:guid}/commit", CommitAsync).WithSummary("Applies a batch without problems in one transaction; a batch is committed once.");
        imports.MapGet("/template", Template).WithSummary("The import layout with one example row; format: xlsx, csv-units or csv-employees.");

        var exports = api.MapGroup("/exports").WithTags("Imports");
        exports.MapGet("/organisation", OrganisationAsync).WithSummary("Units and employees in the import layout; format: xlsx, csv-units or csv-employees.");
        exports.MapGet("/scenario", ScenarioAsync).WithSummary("The tenant, calendar, units and employees parts of a roster scenario; holidays from..to when given.");
        return api;
    }

    private static async Task<Results<Ok<ImportDto>, ValidationProblem, NotFound, ForbidHttpResult>> PreviewAsync(
        HttpRequest request, ImportService service, CancellationToken ct)
    {
        // Refused before reading: the size the client announces is enough.
        if (request.ContentLength > ImportService.MaxFileBytes + (64 << 10))
        {
            return FileProblem(ImportService.TooLarge);
        }
        if (!request.HasFormContentType)
        {
            return FileProblem("kirim file sebagai multipart/form-data dalam field 'file'");
        }
        var form = await request.ReadFormAsync(ct);
        if ((form.Files.GetFile("file") ?? (form.Files.Count == 1 ? form.Files[0] : null)) is not { } file)
        {
            return FileProblem("tidak ada file dalam field 'file'");
        }
        await using var content = file.OpenReadStream();
        return (await service.PreviewAsync(file.FileName, content, ct)).ToHttp(ImportDto.From);
    }

    private static async Task<Results<Ok<ImportDto>, ValidationProblem, NotFound, ForbidHttpResult>> GetAsync(
        Guid id, ImportService service, CancellationToken ct) =>
        (await service.GetAsync(id, ct)).ToHttp(ImportDto.From);

    private static async Task<Results<Ok<ImportDto>, ValidationProblem, NotFound, ForbidHttpResult>> CommitAsync(
        Guid id, ImportService service, CancellationToken ct) =>
        (await service.CommitAsync(id, ct)).ToHttp(ImportDto.From);

    private static Results<FileContentHttpResult, ValidationProblem, ForbidHttpResult> Template([FromQuery] string? format, ImportActor actor)
    {
        if (!actor.MayImport)
        {
            return TypedResults.Forbid();
        }
        if (!ExportFormats.TryParse(format ?? "xlsx", out var f))
        {
            return FormatProblem();
        }
        var file = OrganisationExport.Template(f);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ForbidHttpResult>> OrganisationAsync(
        [FromQuery] string? format, OrganisationExport export, CancellationToken ct)
    {
        if (!ExportFormats.TryParse(format ?? "xlsx", out var f))
        {
            return FormatProblem();
        }
        var result = await export.ExportAsync(f, ct);
        return result.Value is { } file ? TypedResults.File(file.Content, file.ContentType, file.FileName) : TypedResults.Forbid();
    }

    private static async Task<Results<JsonHttpResult<ScenarioOrganisation>, ValidationProblem, ForbidHttpResult>> ScenarioAsync(
        [FromQuery] DateOnly? from, [FromQuery] DateOnly? to, ScenarioExport export, CancellationToken ct)
    {
        var result = await export.ExportAsync(from, to, ct);
        return result.Status switch
        {
            CommandStatus.Done => TypedResults.Json(result.Value!, ScenarioOrganisation.JsonOptions),
            CommandStatus.Refused => TypedResults.ValidationProblem(
                result.Problems.GroupBy(p => p.Where).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()), title: "Permintaan ditolak"),
            _ => TypedResults.Forbid(),
        };
    }

    private static ValidationProblem FileProblem(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [message] }, title: "Permintaan ditolak");

    private static ValidationProblem FormatProblem() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [$"format harus salah satu dari: {ExportFormats.Names}"] }, title: "Permintaan ditolak");
}
