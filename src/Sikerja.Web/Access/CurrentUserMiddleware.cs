using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Sikerja.Web.Access;

/// <summary>
/// After authentication: loads the caller's account and rights for the request (see <see cref="CurrentUserLoader"/>).
/// A deleted or locked-out account keeps no rights, whatever its cookie or token says; nor does a cookie or token
/// issued before the account's security stamp changed, on any node, at once.
/// </summary>
internal sealed class CurrentUserMiddleware(RequestDelegate next, IOptions<IdentityOptions> identity)
{
    private readonly string _stampClaim = identity.Value.ClaimsIdentity.SecurityStampClaimType;

    public async Task InvokeAsync(HttpContext context, CurrentUserLoader loader)
    {
        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id && Guid.TryParse(id, out var userId))
        {
            if (!await loader.LoadAsync(userId, context.User.FindFirstValue(_stampClaim), context.RequestAborted))
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
            else if (loader.MustChangePassword && MustChangeFirst(context.Request))
            {
                context.Response.Redirect("/Accounts/ChangePassword");
                return;
            }
        }
        await next(context);
    }

    /// <summary>A forced password change comes before every page but itself and signing out.</summary>
    private static bool MustChangeFirst(HttpRequest request) =>
        !request.Path.StartsWithSegments("/Accounts/ChangePassword")
        && !request.Path.StartsWithSegments("/Accounts/SignOut")
        && !request.Path.StartsWithSegments("/api")
        && !request.Path.StartsWithSegments("/css")
        && !request.Path.StartsWithSegments("/culture");
}
