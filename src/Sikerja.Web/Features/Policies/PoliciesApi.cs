using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Sikerja.Domain;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Reports;
using Sikerja.Web.Features.Shared;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Sikerja.Web.Features.Policies;

public static class PoliciesApi
{
    /// <summary>One version of a circular; <c>rules</c> is the spec's <c>policy</c> object. Beside it: who owes a daily
    /// work report, whether leaving the region needs permission, whether official trips inside it do too.</summary>
    public sealed record PolicyDto(
        Guid Id, Guid SeriesId, int Version, string Number, string Title, string SignerName, string SignerPost, DateOnly? IssuedOn,
        DateOnly EffectiveFrom, DateOnly? EffectiveUntil, PolicyStatus Status, PolicyState State, DateTime? PublishedAt,
        Guid? SupersededById, DateOnly? RevokedFrom, string? RevocationReason, bool HasDocument,
        ReportingScope Reporting, bool OutOfRegionNeedsPermit, bool OfficialInRegionNeedsPermit, JsonElement Rules)
    {
        public static PolicyDto From(Policy p, PolicyState state, bool hasDocument) => new(
            p.Id, p.SeriesId, p.Version, p.Number, p.Title, p.SignerName, p.SignerPost, p.IssuedOn, p.EffectiveFrom, p.EffectiveUntil,
            p.Status, state, p.PublishedAt, p.SupersededById, p.RevokedFrom, p.RevocationReason, hasDocument,
            p.Reporting, p.OutOfRegionNeedsPermit, p.OfficialInRegionNeedsPermit, RulesJson(p.Rules));
    }

    /// <summary>A line of the list: a version without its rules.</summary>
    public sealed record PolicySummaryDto(
        Guid Id, Guid SeriesId, int Version, string Number, string Title, DateOnly EffectiveFrom, DateOnly? EffectiveUntil,
        PolicyStatus Status, PolicyState State, bool HasDocument)
    {
        public static PolicySummaryDto From(PolicyListItem i) => new(i.Policy.Id, i.Policy.SeriesId, i.Policy.Version, i.Policy.Number,
            i.Policy.Title, i.Policy.EffectiveFrom, i.Policy.EffectiveUntil, i.Policy.Status, i.State, i.HasDocument);
    }

    public sealed record PolicyDetailDto(
        PolicyDto Policy, IReadOnlyList<PolicySummaryDto> Versions, PolicyDocumentInfo? Document, bool CoversMe, DateTime? AcknowledgedAt);

    public sealed record MyPolicyDto(PolicySummaryDto Policy, DateTime? AcknowledgedAt);

    /// <summary>A draft: the signer and date of issue, the rules as the spec's <c>policy</c> object, and accountability.
    /// Problems of the rules name their path inside that object (<c>shifts[1].end</c>), as an exported policy file has
    /// it. An accountability field left out keeps the draft's value (on a new draft: reports from those at home, leaving
    /// the region needs permission, official trips inside it do not).</summary>
    public sealed record PolicyDraftRequest(
        string? SignerName, string? SignerPost, DateOnly? IssuedOn, JsonElement Rules,
        ReportingScope? Reporting = null, bool? OutOfRegionNeedsPermit = null, bool? OfficialInRegionNeedsPermit = null);

    public sealed record TemplateRequest(string Template);

    public sealed record TemplateDto(
        string Key, string Region, string SignerPost, string SignerName, string Summary,
        ReportingScope Reporting, bool OutOfRegionNeedsPermit, bool OfficialInRegionNeedsPermit, JsonElement Rules);

    public sealed record TemplateDraftDto(PolicyDto Policy, IReadOnlyList<string> DroppedUnits);

    /// <summary>The published circulars this one replaces (each then ends the day before it begins).</summary>
    public sealed record PublishRequest(IReadOnlyList<Guid>? Supersedes);

    /// <summary>The new last day; null makes the circular open-ended.</summary>
    public sealed record ExtendRequest(DateOnly? Until);

    public sealed record AmendRequest(DateOnly From);

    public sealed record RevokeRequest(DateOnly From, string? Reason);

    public sealed record ReminderRequest(Guid? AgencyId);

    public sealed record AcknowledgementDto(Guid PolicyId, Guid EmployeeId, DateTime SentAt, DateTime? AcknowledgedAt);

    public sealed record AgencyAcknowledgementDto(Guid AgencyId, string Code, string Name, int Sent, int Acknowledged, int Pending, int Percent)
    {
        public static AgencyAcknowledgementDto From(AgencyAcknowledgement a) => new(a.AgencyId, a.Code, a.Name, a.Sent, a.Acknowledged, a.Pending, a.Percent);
    }

    public sealed record ReminderDto(Guid Id, Guid PolicyId, Guid? AgencyId, int Recipients, DateTime SentAt);

    public static RouteGroupBuilder MapPoliciesApi(this RouteGroupBuilder api)
    {
        var policies = api.MapGroup("/policies").WithTags("Policies");
        policies.MapGet("/", ListAsync).WithSummary("Every version of the tenant's circulars (drafts for tenant admins and leadership); filters: text, state, year.");
        policies.MapGet("/mine", MineAsync).WithSummary("The published circulars that cover the caller as an employee, with their acknowledgement.");
        policies.MapGet("/templates", Templates).WithSummary("The five source circulars shipped as templates.");
        policies.MapPost("/from-template", FromTemplateAsync)
            .WithSummary("Starts a draft from a template, in force from tomorrow; exempt units the tenant lacks are dropped and listed (tenant admin).");
        policies.MapPost("/", CreateAsync)
            .Accepts<PolicyDraftRequest>("application/json")
            .WithSummary("Creates a draft (tenant admin); a value of the wrong kind (e.g. an unknown 'reporting') is named as its field.");
        policies.MapPost("/import", ImportAsync)
            .Accepts<JsonElement>("application/json")
            .WithSummary("Creates a draft from a policy object of the roster scenario format; problems name their JSON path (tenant admin).");
        policies.MapGet("/{id:guid}", GetAsync).WithSummary("One version with the circular's history, its document and the caller's acknowledgement.");
        policies.MapPut("/{id:guid}", UpdateAsync)
            .Accepts<PolicyDraftRequest>("application/json")
            .WithSummary("Changes a draft (tenant admin); accountability fields left out keep their value.");
        policies.MapDelete("/{id:guid}", DeleteAsync).WithSummary("Deletes a draft (tenant admin).");
        policies.MapPost("/{id:guid}/publish", PublishAsync)
            .WithSummary("Publishes a draft and sends it to every active employee it covers; overlapping circulars must be named in 'supersedes' (tenant admin).");
        policies.MapPost("/{id:guid}/extend", ExtendAsync).WithSummary("Moves the end of a published circular later, or makes it open-ended (tenant admin).");
        policies.MapPost("/{id:guid}/amend", AmendAsync)
            .WithSummary("Starts the next version as a draft; publishing it supersedes this version from 'from' (tenant admin).");
        policies.MapPost("/{id:guid}/revoke", RevokeAsync).WithSummary("Revokes a published circular from a date, with a reason (tenant admin).");
        policies.MapGet("/{id:guid}/export", ExportAsync).WithSummary("The circular's rules as a policy object of the roster scenario format.");
        policies.MapPut("/{id:guid}/document", AttachAsync)
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(PolicyDocumentRules.MaxSize + (1 << 20)))
            .WithSummary("Attaches the signed circular (form field 'file': PDF, PNG or JPEG, at most 10 MB), replacing any before (tenant admin).");
        policies.MapGet("/{id:guid}/document", DownloadAsync).WithSummary("The signed circular, for those who may read it.");
        policies.MapPost("/{id:guid}/acknowledge", AcknowledgeAsync).WithSummary("Says the caller has read the circular (an employee it covers; the first time is kept).");
        policies.MapGet("/{id:guid}/acknowledgements", AcknowledgementsAsync).WithSummary("How many of each agency have read the circular (admins and leadership).");
        policies.MapGet("/{id:guid}/acknowledgements/pending", PendingAsync).WithSummary("Who of an agency (query agencyId) has not yet read the circular.");
        policies.MapPost("/{id:guid}/reminders", RemindAsync)
            .WithSummary("Reminds those who have not read the circular: of one agency, or of all the caller administers (admins).");
        return api;
    }

    private static JsonElement RulesJson(PolicyRules rules)
    {
        using var document = JsonDocument.Parse(PolicyFile.Write(rules));
        return document.RootElement.Clone();
    }

    private static async Task<Results<Ok<List<PolicySummaryDto>>, ValidationProblem, NotFound, ForbidHttpResult>> ListAsync(
        PolicyQuery query, [FromQuery] string? text, [FromQuery] PolicyState? state, [FromQuery] int? year, CancellationToken ct) =>
        (await query.ListAsync(new PolicyFilter(text, state, year), ct)).ToHttp(items => items.Select(PolicySummaryDto.From).ToList());

    private static async Task<Ok<List<MyPolicyDto>>> MineAsync(PolicyQuery query, CancellationToken ct) =>
        TypedResults.Ok((await query.MineAsync(ct))
            .Select(m => new MyPolicyDto(PolicySummaryDto.From(new PolicyListItem(m.Policy, m.State, m.HasDocument)), m.AcknowledgedAt)).ToList());

    private static Ok<List<TemplateDto>> Templates() =>
        TypedResults.Ok(PolicyTemplates.All.Select(t => new TemplateDto(
            t.Key, t.Region, t.SignerPost, t.SignerName, t.Summary, t.Reporting, t.OutOfRegionNeedsPermit, t.OfficialInRegionNeedsPermit, RulesJson(t.Rules))).ToList());

    private static async Task<Results<Ok<TemplateDraftDto>, ValidationProblem, NotFound, ForbidHttpResult>> FromTemplateAsync(
        TemplateRequest request, PolicyService service, CancellationToken ct) =>
        (await service.StartFromTemplateAsync(request.Template, ct))
            .ToHttp(d => new TemplateDraftDto(Draft(d.Policy), d.DroppedUnits));

    private static async Task<Results<Ok<PolicyDto>, ValidationProblem, NotFound, ForbidHttpResult>> CreateAsync(
        HttpRequest request, IOptions<HttpJsonOptions> json, PolicyService service, CancellationToken ct)
    {
        var (draft, problems) = await DraftOfAsync(request, json.Value.SerializerOptions, ct);
        return draft is null
            ? CommandResult<Policy>.Refused(problems).ToHttp(Draft)
            : (await service.CreateDraftAsync(draft, ct)).ToHttp(Draft);
    }

    private static async Task<Results<Ok<PolicyDto>, ValidationProblem, NotFound, ForbidHttpResult>> ImportAsync(
        HttpRequest request, PolicyService service, PolicyAccess access, CancellationToken ct)
    {
        if (!access.CanEdit)
        {
            return TypedResults.Forbid();
        }
        var (rules, problems) = await PolicyFile.ReadAsync(request.Body, ct);
        return rules is null
            ? CommandResult<Policy>.Refused(problems).ToHttp(Draft)
            : (await service.CreateDraftAsync(new PolicyDraft(null, null, null, rules), ct)).ToHttp(Draft);
    }

    private static async Task<Results<Ok<PolicyDetailDto>, NotFound>> GetAsync(Guid id, PolicyQuery query, CancellationToken ct)
    {
        if (await query.DetailAsync(id, ct) is not { } d)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(new PolicyDetailDto(
            PolicyDto.From(d.Policy, d.State, d.Document is not null),
            [.. d.Versions.Select(PolicySummaryDto.From)],
            d.Document,
            d.CoversMe,
            d.MyAcknowledgement?.AcknowledgedAt));
    }

    private static async Task<Results<Ok<PolicyDto>, ValidationProblem, NotFound, ForbidHttpResult>> UpdateAsync(
        Guid id, HttpRequest request, IOptions<HttpJsonOptions> json, PolicyService service, CancellationToken ct)
    {
        var (draft, problems) = await DraftOfAsync(request, json.Value.SerializerOptions, ct);
        return draft is null
            ? CommandResult<Policy>.Refused(problems).ToHttp(Draft)
            : (await service.UpdateDraftAsync(id, draft, ct)).ToHttp(Draft);
    }

    private static async Task<Results<Ok<PolicyDto>, ValidationProblem, NotFound, ForbidHttpResult>> DeleteAsync(
        Guid id, PolicyService service, CancellationToken ct) =>
        (await service.DeleteDraftAsync(id, ct)).ToHttp(Draft);

    private static async Task<Results<Ok<PolicyDto>, ValidationProblem, NotFound, ForbidHttpResult>> PublishAsync(
        Guid id, PublishRequest request, PolicyService service, TenantTime time, CancellationToken ct) =>
        (await service.PublishAsync(id, request.Supersedes ?? [], ct)).ToHttp(p => PolicyDto.From(p, p.StateOn(time.Clock.Today), false));

    private static async Task<Results<Ok<PolicyDto>, ValidationProblem, NotFound, ForbidHttpResult>> ExtendAsync(
        Guid id, ExtendRequest request, PolicyService service, TenantTime time, CancellationToken ct) =>
        (await service.ExtendAsync(id, request.Until, ct)).ToHttp(p => PolicyDto.From(p, p.StateOn(time.Clock.Today), false));

    private static async Task<Results<Ok<PolicyDto>, ValidationProblem, NotFound, ForbidHttpResult>> AmendAsync(
        Guid id, AmendRequest request, PolicyService service, CancellationToken ct) =>
        (await service.AmendAsync(id, request.From, ct)).ToHttp(Draft);

    private static async Task<Results<Ok<PolicyDto>, ValidationProblem, NotFound, ForbidHttpResult>> RevokeAsync(
        Guid id, RevokeRequest request, PolicyService service, TenantTime time, CancellationToken ct) =>
        (await service.RevokeAsync(id, request.From, request.Reason, ct)).ToHttp(p => PolicyDto.From(p, p.StateOn(time.Clock.Today), false));

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportAsync(Guid id, PolicyReader reader, CancellationToken ct) =>
        await reader.FindAsync(id, tracked: false, ct) is var (policy, _)
            ? TypedResults.File(PolicyFile.Write(policy.Rules), "application/json", PolicyFile.FileName(policy))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<PolicyDocumentInfo>, ValidationProblem, NotFound, ForbidHttpResult>> AttachAsync(
        Guid id, HttpRequest request, PolicyDocumentService documents, PolicyReader reader, CancellationToken ct)
    {
        // The circular is looked up first: whoever may not see it learns nothing from the file's problems.
        if (await reader.FindAsync(id, tracked: false, ct) is null)
        {
            return TypedResults.NotFound();
        }
        if (request.ContentLength > PolicyDocumentRules.MaxSize + (64 << 10))
        {
            return FileProblem($"berkas paling besar {PolicyDocumentRules.MaxSize / (1024 * 1024)} MB");
        }
        if (!request.HasFormContentType)
        {
            return FileProblem("kirim berkas sebagai multipart/form-data dalam field 'file'");
        }
        var form = await request.ReadFormAsync(ct);
        if ((form.Files.GetFile("file") ?? (form.Files.Count == 1 ? form.Files[0] : null)) is not { } file)
        {
            return FileProblem("tidak ada berkas dalam field 'file'");
        }
        await using var content = file.OpenReadStream();
        return (await documents.AttachAsync(id, file.FileName, content, ct))
            .ToHttp(d => new PolicyDocumentInfo(d.Id, d.FileName, d.ContentType, d.Size, d.UploadedAt));
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(Guid id, PolicyDocumentService documents, CancellationToken ct) =>
        await documents.FindAsync(id, ct) is { } d ? TypedResults.File(d.Content, d.ContentType, d.FileName) : TypedResults.NotFound();

    private static async Task<Results<Ok<AcknowledgementDto>, ValidationProblem, NotFound, ForbidHttpResult>> AcknowledgeAsync(
        Guid id, PolicyAcknowledgementService service, CancellationToken ct) =>
        (await service.AcknowledgeAsync(id, ct)).ToHttp(a => new AcknowledgementDto(a.PolicyId, a.EmployeeId, a.SentAt, a.AcknowledgedAt));

    private static async Task<Results<Ok<List<AgencyAcknowledgementDto>>, ValidationProblem, NotFound, ForbidHttpResult>> AcknowledgementsAsync(
        Guid id, PolicyAcknowledgementService service, CancellationToken ct) =>
        (await service.SummaryAsync(id, ct)).ToHttp(rows => rows.Select(AgencyAcknowledgementDto.From).ToList());

    private static async Task<Results<Ok<IReadOnlyList<PendingReader>>, ValidationProblem, NotFound, ForbidHttpResult>> PendingAsync(
        Guid id, [FromQuery] Guid? agencyId, PolicyAcknowledgementService service, PolicyReader reader, CancellationToken ct)
    {
        if (agencyId is not { } agency)
        {
            return await reader.FindAsync(id, tracked: false, ct) is null
                ? TypedResults.NotFound()
                : CommandResult<IReadOnlyList<PendingReader>>.Refused("agencyId", "sebutkan perangkat daerah (agencyId)").ToHttp(r => r);
        }
        return (await service.PendingAsync(id, agency, ct)).ToHttp(r => r);
    }

    private static async Task<Results<Ok<ReminderDto>, ValidationProblem, NotFound, ForbidHttpResult>> RemindAsync(
        Guid id, ReminderRequest request, PolicyAcknowledgementService service, CancellationToken ct) =>
        (await service.RemindAsync(id, request.AgencyId, ct)).ToHttp(r => new ReminderDto(r.Id, r.PolicyId, r.AgencyId, r.Recipients, r.SentAt));

    private static PolicyDto Draft(Policy p) => PolicyDto.From(p, PolicyState.Draft, false);

    /// <summary>The body is read here rather than bound, so that a value of the wrong kind is answered as a problem
    /// of its field, not as an unreadable body.</summary>
    private static async Task<(PolicyDraft? Draft, IReadOnlyList<Problem> Problems)> DraftOfAsync(
        HttpRequest body, JsonSerializerOptions options, CancellationToken ct)
    {
        PolicyDraftRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<PolicyDraftRequest>(body.Body, options, ct);
        }
        catch (JsonException e)
        {
            return (null, [PolicyDraftRequestProblems.Of(e)]);
        }
        if (request is null)
        {
            return (null, [new Problem("", "isi permintaan kosong: kirim objek rancangan dengan 'rules'")]);
        }
        if (request.Rules.ValueKind != JsonValueKind.Object)
        {
            return (null, [new Problem("rules", "isi 'rules' dengan objek kebijakan (format policy skenario jadwal)")]);
        }
        using var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(request.Rules));
        var (rules, problems) = await PolicyFile.ReadAsync(content, ct);
        return rules is null
            ? (null, problems)
            : (new PolicyDraft(request.SignerName, request.SignerPost, request.IssuedOn, rules,
                request.Reporting, request.OutOfRegionNeedsPermit, request.OfficialInRegionNeedsPermit), []);
    }

    private static ValidationProblem FileProblem(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [message] }, title: "Permintaan ditolak");
}
