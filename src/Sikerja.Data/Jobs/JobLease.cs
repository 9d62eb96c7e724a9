namespace Sikerja.Data.Jobs;

/// <summary>
/// A lease on a named background job, held by one node until it expires. Taking it is one conditional UPDATE,
/// so however many nodes share the database, one runs the job.
/// </summary>
public sealed class JobLease
{
    public required string Name { get; set; }
    public string? Holder { get; set; }
    public DateTime LeasedUntil { get; set; }
    public DateTime? LastCompletedAt { get; set; }
}
