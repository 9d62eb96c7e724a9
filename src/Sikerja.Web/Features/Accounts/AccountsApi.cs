using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Sikerja.Data.Accounts;
using Sikerja.Domain.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Accounts;

public static class AccountsApi
{
    public sealed record AccountDto(
        Guid Id, string UserName, string DisplayName, Guid? EmployeeId, bool IsLockedOut, bool TwoFactorEnabled, bool MustChangePassword)
    {
        public static AccountDto From(AppUser u, TimeProvider time) =>
            new(u.Id, u.UserName ?? "", u.DisplayName, u.EmployeeId, u.LockoutEnd > time.GetUtcNow(), u.TwoFactorEnabled, u.MustChangePassword);
    }

    /// <summary>The generated password is in this answer only; it is never stored or shown again.</summary>
    public sealed record IssuedPasswordDto(AccountDto Account, string Password);

    public sealed record GrantDto(Guid Id, Guid UserId, Role Role, Guid? AgencyId)
    {
        public static GrantDto From(RoleGrant g) => new(g.Id, g.UserId, g.Role, g.AgencyId);
    }

    public static RouteGroupBuilder MapAccountsApi(this RouteGroupBuilder api)
    {
        var accounts = api.MapGroup("/accounts").WithTags("Accounts");
        accounts.MapGet("/", SearchAsync).WithSummary("Accounts the caller administers, by name or user name (NIP), with rights and state.");
        accounts.MapGet("/{id:guid}", GetAsync);
        accounts.MapPost("/", CreateAsync).WithSummary("Creates an account (user name = NIP by default) with a generated first password, returned once.");
        accounts.MapPost("/{id:guid}/reset-password", ResetPasswordAsync).WithSummary("Sets a generated password, returned once; ends the account's sessions.");
        accounts.MapPost("/{id:guid}/unlock", UnlockAsync);
        accounts.MapPost("/{id:guid}/lock", LockAsync).WithSummary("Disables the account until it is unlocked (tenant admins).");
        accounts.MapPost("/{id:guid}/roles", GrantAsync).WithSummary("Grants TenantAdmin, Leadership, HealthOfficer or AgencyAdmin (with agencyId).");
        accounts.MapDelete("/{id:guid}/roles/{grantId:guid}", RevokeAsync);
        return api;
    }

    private static async Task<Results<Ok<AccountPage>, ForbidHttpResult>> SearchAsync(
        AccountQuery query, [FromQuery] string? q, [FromQuery] int? page, CancellationToken ct) =>
        await query.SearchAsync(q, page ?? 1, ct) is { } result ? TypedResults.Ok(result) : TypedResults.Forbid();

    private static async Task<Results<Ok<AccountRow>, NotFound>> GetAsync(Guid id, AccountQuery query, CancellationToken ct) =>
        await query.FindAsync(id, ct) is { } row ? TypedResults.Ok(row) : TypedResults.NotFound();

    private static async Task<Results<Ok<IssuedPasswordDto>, ValidationProblem, NotFound, ForbidHttpResult>> CreateAsync(
        NewAccountInput input, AccountAdminService service, TimeProvider time, CancellationToken ct) =>
        (await service.CreateAsync(input, ct)).ToHttp(i => new IssuedPasswordDto(AccountDto.From(i.Account, time), i.Password));

    private static async Task<Results<Ok<IssuedPasswordDto>, ValidationProblem, NotFound, ForbidHttpResult>> ResetPasswordAsync(
        Guid id, AccountAdminService service, TimeProvider time, CancellationToken ct) =>
        (await service.ResetPasswordAsync(id, ct)).ToHttp(i => new IssuedPasswordDto(AccountDto.From(i.Account, time), i.Password));

    private static async Task<Results<Ok<AccountDto>, ValidationProblem, NotFound, ForbidHttpResult>> UnlockAsync(
        Guid id, AccountAdminService service, TimeProvider time, CancellationToken ct) =>
        (await service.UnlockAsync(id, ct)).ToHttp(u => AccountDto.From(u, time));

    private static async Task<Results<Ok<AccountDto>, ValidationProblem, NotFound, ForbidHttpResult>> LockAsync(
        Guid id, AccountAdminService service, TimeProvider time, CancellationToken ct) =>
        (await service.LockAsync(id, ct)).ToHttp(u => AccountDto.From(u, time));

    private static async Task<Results<Ok<GrantDto>, ValidationProblem, NotFound, ForbidHttpResult>> GrantAsync(
        Guid id, GrantInput input, AccountAdminService service, CancellationToken ct) =>
        (await service.GrantAsync(id, input, ct)).ToHttp(GrantDto.From);

    private static async Task<Results<Ok<AccountDto>, ValidationProblem, NotFound, ForbidHttpResult>> RevokeAsync(
        Guid id, Guid grantId, AccountAdminService service, TimeProvider time, CancellationToken ct) =>
        (await service.RevokeAsync(id, grantId, ct)).ToHttp(u => AccountDto.From(u, time));
}
