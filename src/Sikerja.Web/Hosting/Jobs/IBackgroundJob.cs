namespace Sikerja.Web.Hosting.Jobs;

/// <summary>
/// Work that runs every <see cref="Interval"/> on one node of the installation, whichever holds the job's lease.
/// A job is resolved in its own service scope for each run, so it may take scoped services (the DbContext).
/// </summary>
public interface IBackgroundJob
{
    /// <summary>The job's lease name: unique, stable across releases (it names a database row).</summary>
    static abstract string Name { get; }

    /// <summary>How long after a completed run the job is due again.</summary>
    static abstract TimeSpan Interval { get; }

    Task RunAsync(CancellationToken ct);
}
