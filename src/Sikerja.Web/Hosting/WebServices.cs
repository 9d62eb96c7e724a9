using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Sikerja.Web.Hosting.Jobs;

namespace Sikerja.Web.Hosting;

public static class WebServices
{
    public static readonly CultureInfo[] Cultures = [new("id-ID"), new("en-US")];

    /// <summary>Cookie for pages; bearer token for the API (never a cookie there, so no cross-site requests).</summary>
    public const string ApiScheme = "Bearer";

    private const string CallerScheme = "Caller";

    public static WebApplicationBuilder AddSikerjaWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        if (builder.Configuration.GetConnectionString("Postgres") is { Length: > 0 } postgres)
        {
            builder.Configuration["ConnectionStrings:Postgres"] = PostgresConnectionDefaults.Apply(postgres);
        }
        services.AddSikerjaCore(builder.Configuration, builder.Environment.ContentRootPath);
        // EF Core logs every failed command with its stack trace: while the database is down that is a trace per
        // request, written on the hot path. A failed request is logged once anyway, by the exception handler
        // (an outage as one warning line, see DatabaseOutageHandler; anything else with its stack trace).
        foreach (var category in (string[])["Microsoft.EntityFrameworkCore.Query", "Microsoft.EntityFrameworkCore.Database.Connection", "Microsoft.EntityFrameworkCore.Database.Command"])
        {
            builder.Logging.AddFilter(category, LogLevel.Critical);
        }
        services.AddBackgroundJobs();

        // One default scheme that reads a bearer token when the request carries one, else the cookie, so that the
        // caller is known before the request's rights are loaded; the API's policy then accepts bearer tokens only.
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CallerScheme;
                o.DefaultChallengeScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(CallerScheme, CallerScheme, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(ApiScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(12))
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Accounts/SignIn";
            o.LogoutPath = "/Accounts/SignOut";
            o.AccessDeniedPath = "/Accounts/Denied";
            o.Cookie.Name = "sikerja";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
        });
        services.AddAuthorization();

        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.AuthorizeFolder("/");
                o.Conventions.AllowAnonymousToPage("/Accounts/SignIn");
                o.Conventions.AllowAnonymousToPage("/Accounts/Setup");
                o.Conventions.AllowAnonymousToPage("/Accounts/Denied");
                o.Conventions.AllowAnonymousToPage("/Shared/Error");
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        services.AddProblemDetails();
        services.AddExceptionHandler<DatabaseOutageHandler>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Sikerja API";
            doc.Info.Description = "Sistem kerja ASN: organisasi, pegawai dan hak akses. Autentikasi: token Bearer dari POST /api/v1/auth/token.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }
}
