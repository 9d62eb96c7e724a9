using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Sikerja.Data.Accounts;
using Sikerja.Web.Hosting;

namespace Sikerja.Web.Features.Accounts;

public static class AuthApi
{
    public sealed record TokenRequest(string UserName, string Password, string? TwoFactorCode = null);

    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/token", IssueTokenAsync)
            .AllowAnonymous()
            .WithTags("Auth")
            .WithSummary("Signs in with NIP (or username) and password and returns a bearer token.");
        return api;
    }

    /// <summary>The bearer handler writes the token itself when the sign-in succeeds.</summary>
    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> IssueTokenAsync(
        [FromBody] TokenRequest request, SignInManager<AppUser> signIn, UserManager<AppUser> users)
    {
        var user = await users.FindByNameAsync(request.UserName?.Trim() ?? "");
        if (user is { MustChangePassword: true } && await users.CheckPasswordAsync(user, request.Password ?? ""))
        {
            return TypedResults.Problem("Kata sandi harus diganti lewat halaman masuk sebelum API dapat dipakai.", statusCode: StatusCodes.Status403Forbidden);
        }
        signIn.AuthenticationScheme = WebServices.ApiScheme;
        var result = await signIn.PasswordSignInAsync(request.UserName?.Trim() ?? "", request.Password ?? "", isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            if (string.IsNullOrEmpty(request.TwoFactorCode))
            {
                return TypedResults.Problem("Kode autentikator (twoFactorCode) diperlukan.", statusCode: StatusCodes.Status401Unauthorized);
            }
            result = await signIn.TwoFactorAuthenticatorSignInAsync(request.TwoFactorCode, isPersistent: false, rememberClient: false);
        }
        if (result.IsLockedOut)
        {
            return TypedResults.Problem("Akun terkunci sementara karena terlalu banyak percobaan gagal.", statusCode: StatusCodes.Status423Locked);
        }
        return result.Succeeded
            ? TypedResults.Empty
            : TypedResults.Problem("NIP/nama pengguna atau kata sandi salah.", statusCode: StatusCodes.Status401Unauthorized);
    }
}
