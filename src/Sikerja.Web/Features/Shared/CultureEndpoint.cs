using Microsoft.AspNetCore.Localization;
using Sikerja.Web.Hosting;

namespace Sikerja.Web.Features.Shared;

public static class CultureEndpoint
{
    /// <summary>Remembers the chosen language in a cookie and returns to the page (local addresses only).</summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture", (HttpContext http, string? c, string? returnUrl) =>
        {
            var culture = WebServices.Cultures.FirstOrDefault(x => x.Name == c) ?? WebServices.Cultures[0];
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(returnUrl is { Length: > 0 } r && r.StartsWith('/') && !r.StartsWith("//", StringComparison.Ordinal) ? r : "/");
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
