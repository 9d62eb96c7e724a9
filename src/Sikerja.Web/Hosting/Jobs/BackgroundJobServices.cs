using Sikerja.Data.Jobs;
using Sikerja.Web.Features.Attendance;
using Sikerja.Web.Features.Imports;
using Sikerja.Web.Features.Notifications;
using Sikerja.Web.Features.Reports;

namespace Sikerja.Web.Hosting.Jobs;

public static class BackgroundJobServices
{
    /// <summary>The runner and every job: web host only (the command line runs no background work).</summary>
    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services)
    {
        services.AddScoped<JobLeases>();
        services.AddHostedService<BackgroundJobRunner>();
        services.AddBackgroundJob<ImportPreviewExpiry>();
        services.AddBackgroundJob<NotificationDeliveryJob>();
        services.AddBackgroundJob<PresenceRetention>();
        services.AddBackgroundJob<ReportReminderJob>();
        services.AddBackgroundJob<ReviewDelegationRetention>();
        return services;
    }

    public static IServiceCollection AddBackgroundJob<TJob>(this IServiceCollection services)
        where TJob : class, IBackgroundJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new ScheduledJob(TJob.Name, TJob.Interval, typeof(TJob)));
        return services;
    }
}
