namespace Sikerja.Web.Hosting.Jobs;

/// <summary>The background runner's log events, with the job and node as fields.</summary>
internal static partial class JobLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Background job runner {Node} started with {JobCount} jobs")]
    public static partial void RunnerStarted(this ILogger logger, string node, int jobCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Background job runner {Node} stopped")]
    public static partial void RunnerStopped(this ILogger logger, string node);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Job {Job} starting on {Node}")]
    public static partial void JobStarting(this ILogger logger, string job, string node);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} completed on {Node} in {ElapsedMs} ms")]
    public static partial void JobCompleted(this ILogger logger, string job, string node, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed on {Node}; it is tried again in {RetryAfter}")]
    public static partial void JobFailed(this ILogger logger, Exception exception, string job, string node, TimeSpan retryAfter);
}
