using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Sikerja.Data;
using Sikerja.Data.Accounts;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Accounts;
using Sikerja.Web.Features.Attendance;
using Sikerja.Web.Features.Audit;
using Sikerja.Web.Features.Calendar;
using Sikerja.Web.Features.Demo;
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

/// <summary>The services every host of Sikerja needs, the web host and the command line alike.</summary>
public static class CoreServices
{
    public static IServiceCollection AddSikerjaCore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(SikerjaOptions.Section).Get<SikerjaOptions>() ?? new SikerjaOptions();
        services.Configure<SikerjaOptions>(configuration.GetSection(SikerjaOptions.Section));
        var dataDirectory = options.DataDirectory ?? Path.Combine(contentRoot, "App_Data");
        services.AddSikerjaDatabase(DatabaseSettings.From(configuration, dataDirectory));
        services.AddSingleton(TimeProvider.System);

        // Keys in the database: a cookie or token made on one node is read on every other.
        services.AddDataProtection().SetApplicationName("Sikerja").PersistKeysToDbContext<SikerjaDbContext>();

        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<SikerjaDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<IndonesianIdentityErrors>();

        services.AddScoped<CurrentUser>();
        services.AddSingleton<AccountReader>();
        services.AddScoped<CurrentUserLoader>();
        services.AddScoped<OrganisationAccess>();
        services.AddScoped<ReportingLineUpdater>();
        services.AddScoped<OrgUnitService>();
        services.AddScoped<OrgTreeQuery>();
        services.AddScoped<EmployeeService>();
        services.AddScoped<PeopleQuery>();
        services.AddScoped<DefaultSupervisorQuery>();
        services.AddScoped<AccountService>();
        services.AddScoped<SystemAdminSetup>();
        services.AddScoped<AccountAccess>();
        services.AddScoped<AccountAdminService>();
        services.AddScoped<AccountQuery>();
        services.AddScoped<AuthenticatorSetup>();
        services.AddScoped<AuditQuery>();
        services.AddScoped<ImportActor>();
        services.AddScoped<ImportService>();
        services.AddScoped<ImportHistory>();
        services.AddScoped<OrganisationExport>();
        services.AddScoped<ScenarioExport>();
        services.AddScoped<TenantTime>();
        services.AddScoped<TenantSetup>();
        services.AddScoped<TenantService>();
        services.AddScoped<HolidayService>();
        services.AddScoped<PoliciesInForce>();
        services.AddScoped<PolicyAccess>();
        services.AddScoped<PolicyReader>();
        services.AddScoped<PolicyQuery>();
        services.AddScoped<PolicyService>();
        services.AddScoped<PolicyDistribution>();
        services.AddScoped<PolicyDocumentService>();
        services.AddScoped<PolicyAcknowledgementService>();
        services.AddScoped<PolicyWords>();
        services.AddScoped<IPolicyNotifications, InAppPolicyNotifications>();
        services.AddScoped<HolidayImporter>();
        services.AddScoped<DemoAccounts>();
        services.AddScoped<DemoRegencySeeder>();
        services.AddScoped<DemoWorkArrangement>();
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.Section));
        services.AddScoped<EmailChannel>();
        services.AddScoped<INotificationChannel>(sp => sp.GetRequiredService<EmailChannel>());
        services.AddScoped<Notifier>();
        services.AddScoped<NotificationInbox>();
        services.AddScoped<NotificationAddress>();
        services.AddScoped<ScheduleQuery>();
        services.AddScoped<ScheduleFeeds>();
        services.AddScoped<PublishedRosterChanges>();
        services.AddScoped<RosterRepairService>();
        services.AddScoped<RosterRevisionQuery>();
        // Roster services explain rules in the caller's language, on the command line too.
        services.AddLocalization();
        services.AddScoped<RosterAccess>();
        services.AddScoped<RosterPolicies>();
        services.AddScoped<ScenarioBuilder>();
        services.AddScoped<RosterPlanWriter>();
        services.AddScoped<RosterGenerator>();
        services.AddScoped<RosterPlanService>();
        services.AddScoped<RosterGridQuery>();
        services.AddScoped<RosterExplainer>();
        services.AddScoped<RosterEditor>();
        services.AddScoped<UnavailabilityService>();
        services.AddScoped<RosterExports>();
        services.AddScoped<PolicySimulation>();
        services.AddScoped<ScenarioImporter>();
        services.AddScoped<AttendanceDayReader>();
        services.AddScoped<AttendanceStatusQuery>();
        services.AddScoped<AttendanceRecapQuery>();
        services.AddScoped<ManualAttendanceService>();
        services.AddScoped<AssemblyService>();
        services.AddScoped<PresenceService>();
        services.AddScoped<PresenceExport>();
        services.AddScoped<OfficeWorkService>();
        services.AddScoped<TravelRegions>();
        services.AddScoped<TravelSettingsService>();
        services.AddScoped<HighRiskService>();
        services.AddScoped<SekdaReader>();
        services.AddScoped<TravelApprovers>();
        services.AddScoped<TravelPermitReader>();
        services.AddScoped<TravelQuarantine>();
        services.AddScoped<TravelPermitService>();
        services.AddScoped<TravelDecisions>();
        services.AddScoped<TravelRecording>();
        services.AddScoped<PresenceRetention>();
        services.AddMemoryCache();
        services.AddSingleton<PlanShifts>();
        services.AddSingleton<UnitOffices>();
        services.AddSingleton<CheckInFactsReader>();
        services.AddSingleton<CheckInWriter>();
        services.AddSingleton<AttendanceTenants>();
        services.AddSingleton<OfficeQrTokens>();
        services.AddScoped<CheckInService>();
        services.AddScoped<AttendanceToday>();
        services.AddScoped<OfficeQrService>();
        services.AddScoped<AttendanceSettingsService>();
        services.AddScoped<HomeAreaService>();
        services.AddScoped<ReportObligations>();
        services.AddScoped<ComplianceTally>();
        services.AddScoped<ComplianceQuery>();
        services.AddScoped<ReportReminders>();
        services.AddScoped<ReportSettingsService>();
        services.AddScoped<ReportSummaryQuery>();
        services.AddScoped<RecapAccess>();
        services.AddScoped<TravelRecapQuery>();
        services.AddScoped<TravelRecapService>();
        services.AddScoped<RecapRouteService>();
        services.AddScoped<ReportCalendarReader>();
        services.AddScoped<ReportActivityReader>();
        services.AddScoped<ReviewerRights>();
        services.AddScoped<ReportEditingService>();
        services.AddScoped<ReportReviewService>();
        services.AddScoped<ReportAttachmentReader>();
        services.AddScoped<PerformanceTargetService>();
        services.AddScoped<ReviewDelegationService>();
        return services;
    }
}
