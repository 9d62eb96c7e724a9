using Microsoft.AspNetCore.Authorization;
using Scalar.AspNetCore;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Accounts;
using Sikerja.Web.Features.Attendance;
using Sikerja.Web.Features.Audit;
using Sikerja.Web.Features.Calendar;
using Sikerja.Web.Features.Imports;
using Sikerja.Web.Features.Notifications;
using Sikerja.Web.Features.Organisation;
using Sikerja.Web.Features.People;
using Sikerja.Web.Features.Policies;
using Sikerja.Web.Features.Reports;
using Sikerja.Web.Features.RosterRepairs;
using Sikerja.Web.Features.Rosters;
using Sikerja.Web.Features.Schedule;
using Sikerja.Web.Features.Shared;
using Sikerja.Web.Features.Tenants;
using Sikerja.Web.Features.TravelRecaps;
using Sikerja.Web.Features.Travel;

namespace Sikerja.Web.Hosting;

public static class WebPipeline
{
    public static WebApplication UseSikerjaWeb(this WebApplication app)
    {
        app.UseMiddleware<ServerTimingMiddleware>();
        // No stack trace reaches a user: pages get an error page, the API a ProblemDetails body.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"),
            api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"),
            pages => pages.UseExceptionHandler("/Shared/Error"));
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<CurrentUserMiddleware>();
        app.UseAuthorization();

        app.MapRazorPages();
        app.MapCultureSwitch();
        app.MapScheduleFeed();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Sikerja API").DisableDefaultFonts()).AllowAnonymous();

        var api = app.MapGroup("/api/v1")
            .RequireAuthorization(new AuthorizationPolicyBuilder(WebServices.ApiScheme).RequireAuthenticatedUser().Build());
        api.MapAuthApi();
        api.MapOrganisationApi();
        api.MapPeopleApi();
        api.MapPoliciesApi();
        api.MapRostersApi();
        api.MapUnavailabilityApi();
        api.MapAccountsApi();
        api.MapAuditApi();
        api.MapImportsApi();
        api.MapTenantsApi();
        api.MapCalendarApi();
        api.MapSimulateApi();
        api.MapNotificationsApi();
        api.MapScheduleApi();
        api.MapRosterRepairsApi();
        api.MapAttendanceStatusApi();
        api.MapAssembliesApi();
        api.MapPresenceApi();
        api.MapOfficeWorkApi();
        api.MapAttendanceApi();
        api.MapReportComplianceApi();
        api.MapTravelRecapsApi();
        api.MapTravelPermitsApi();
        api.MapTravelSettingsApi();
        api.MapHighRiskApi();
        api.MapTravelRegionsApi();
        api.MapReportsApi();
        return app;
    }
}
