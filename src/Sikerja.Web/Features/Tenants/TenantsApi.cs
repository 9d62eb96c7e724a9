using Microsoft.AspNetCore.Http.HttpResults;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Tenants;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Tenants;

public static class TenantsApi
{
    /// <summary>A tenant; <c>workDays</c> are the scenario format's day names ("Mon" … "Sun").</summary>
    public sealed record TenantDto(Guid Id, string Code, string Name, TenantKind Kind, string TimeZoneId, string TimeZone, IReadOnlyList<string> WorkDays, DateTime CreatedAt)
    {
        public static TenantDto From(Tenant t) => new(t.Id, t.Code, t.Name, t.Kind, t.TimeZoneId, IndonesianTimeZones.Abbreviation(t.TimeZoneId),
            [.. t.WorkWeek.ScenarioDayNames()], t.CreatedAt);
    }

    public sealed record TenantListItemDto(TenantDto Tenant, int ActiveEmployees, IReadOnlyList<string> TenantAdmins);

    /// <summary>A new tenant; without <c>workDays</c> it works Monday to Friday.</summary>
    public sealed record TenantRequest(string Code, string Name, TenantKind Kind, string TimeZoneId, IReadOnlyList<string>? WorkDays = null);

    public sealed record TenantSettingsRequest(string Name, string TimeZoneId, IReadOnlyList<string> WorkDays);

    public sealed record AdminRequest(string UserName, string DisplayName);

    /// <summary>The initial password is shown this once; the first sign-in must replace it.</summary>
    public sealed record CreatedAdminDto(Guid UserId, string UserName, string InitialPassword);

    public static RouteGroupBuilder MapTenantsApi(this RouteGroupBuilder api)
    {
        var tenants = api.MapGroup("/tenants").WithTags("Tenants");
        tenants.MapGet("/", ListAsync).WithSummary("Every tenant with its active employees and tenant admins (system admin).");
        tenants.MapPost("/", CreateAsync).WithSummary("Creates a tenant with the shipped national holidays (system admin).");
        tenants.MapPost("/{id:guid}/admins", CreateAdminAsync)
            .WithSummary("Creates a tenant admin account with a one-time password to change at the first sign-in (system admin).");
        var own = api.MapGroup("/tenant").WithTags("Tenants");
        own.MapGet("/", GetOwnAsync).WithSummary("The caller's own tenant.");
        own.MapPut("/", UpdateOwnAsync).WithSummary("Changes the caller's tenant name, time zone and work week (tenant admin).");
        return api;
    }

    private static async Task<Results<Ok<List<TenantListItemDto>>, ValidationProblem, NotFound, ForbidHttpResult>> ListAsync(
        TenantService service, CancellationToken ct) =>
        (await service.ListAsync(ct)).ToHttp(list => list
            .Select(s => new TenantListItemDto(TenantDto.From(s.Tenant), s.ActiveEmployees, [.. s.Admins.Select(a => a.UserName)]))
            .ToList());

    private static async Task<Results<Ok<TenantDto>, ValidationProblem, NotFound, ForbidHttpResult>> CreateAsync(
        TenantRequest request, TenantService service, CancellationToken ct)
    {
        if (!TenantRules.TryParseWorkDays(request.WorkDays ?? [.. WorkWeek.MondayToFriday.ScenarioDayNames()], out var week, out var problem))
        {
            return CommandResult<Tenant>.Refused([problem!]).ToHttp(TenantDto.From);
        }
        return (await service.CreateAsync(new TenantInput(request.Code, request.Name, request.Kind, request.TimeZoneId, week), ct)).ToHttp(TenantDto.From);
    }

    private static async Task<Results<Ok<CreatedAdminDto>, ValidationProblem, NotFound, ForbidHttpResult>> CreateAdminAsync(
        Guid id, AdminRequest request, TenantService service, CancellationToken ct) =>
        (await service.CreateAdminAsync(id, request.UserName, request.DisplayName, ct))
            .ToHttp(c => new CreatedAdminDto(c.User.Id, c.User.UserName ?? "", c.InitialPassword));

    private static async Task<Results<Ok<TenantDto>, NotFound>> GetOwnAsync(TenantService service, CancellationToken ct) =>
        await service.CurrentAsync(ct) is { } tenant ? TypedResults.Ok(TenantDto.From(tenant)) : TypedResults.NotFound();

    private static async Task<Results<Ok<TenantDto>, ValidationProblem, NotFound, ForbidHttpResult>> UpdateOwnAsync(
        TenantSettingsRequest request, TenantService service, CancellationToken ct)
    {
        if (!TenantRules.TryParseWorkDays(request.WorkDays, out var week, out var problem))
        {
            return CommandResult<Tenant>.Refused([problem!]).ToHttp(TenantDto.From);
        }
        return (await service.UpdateSettingsAsync(new TenantSettingsInput(request.Name, request.TimeZoneId, week), ct)).ToHttp(TenantDto.From);
    }
}
