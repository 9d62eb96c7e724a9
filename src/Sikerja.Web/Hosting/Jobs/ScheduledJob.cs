namespace Sikerja.Web.Hosting.Jobs;

/// <summary>A registered job as the runner sees it: its lease name, its interval and the service that does the work.</summary>
public sealed record ScheduledJob(string Name, TimeSpan Interval, Type JobType);
