using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Audit;

/// <summary>The audit log is read-only: there is no endpoint that changes or deletes an entry.</summary>
public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", SearchAsync)
            .WithTags("Audit")
            .WithSummary("Audit entries, newest first, 50 a page; from/to are dates in the tenant's time zone (both included).");
        return api;
    }

    private static async Task<Results<Ok<AuditPage>, ValidationProblem, NotFound, ForbidHttpResult>> SearchAsync(
        AuditQuery query,
        [FromQuery] string? entityType,
        [FromQuery] string? action,
        [FromQuery] string? actor,
        [FromQuery] Guid? actorId,
        [FromQuery] DateOnly? from,
        [FromQuery] DateOnly? to,
        [FromQuery] string? entityId,
        [FromQuery] int? page,
        CancellationToken ct) =>
        (await query.SearchAsync(new AuditFilter(entityType, action, actor, actorId, from, to, entityId), page ?? 1, ct)).ToHttp(p => p);
}
