using Sikerja.Domain.Reports;

namespace Sikerja.Web.Features.Reports;

/// <summary>One activity as pages and the API show it: with its target's title and its attachment's name, if any.</summary>
public sealed record ActivityView(
    Guid Id, TimeOnly Start, TimeOnly End, string Description, decimal Quantity, string Unit, Guid? TargetId, string? TargetTitle,
    string? AttachmentName, bool Overlaps);

/// <summary>A report's status on a day, for the strip of recent days.</summary>
public sealed record DayStatus(DateOnly Date, ReportStatus Status, bool Late);

/// <summary>An agreed target an activity may count toward.</summary>
public sealed record TargetOption(Guid Id, string Title, string Unit);

/// <summary>
/// The employee's report of one day: the report (null until its first activity), its activities, the targets they may
/// link, its deadline, the previous working day to copy from and the statuses of the days before.
/// </summary>
public sealed record ReportDayView(
    DateOnly Date, DateOnly Today, DailyReport? Report, IReadOnlyList<ActivityView> Activities, IReadOnlyList<TargetOption> Targets,
    DateTime DeadlineUtc, DateOnly? PreviousWorkingDay, IReadOnlyList<DayStatus> Recent, bool IsWorkingDay, string? ReviewerName)
{
    public ReportStatus Status => Report?.Status ?? ReportStatus.Draft;

    public bool Editable => Date <= Today && ReportEditing.IsEditable(Status);
}

/// <summary>An activity with the id it has when it already exists (a PUT of the whole day keeps those, and their attachments).</summary>
public sealed record ActivityInput(Guid? Id, TimeOnly? Start, TimeOnly? End, string? Description, decimal? Quantity, string? Unit, Guid? TargetId)
{
    public ActivityDraft Draft => new(Start, End, Description, Quantity, Unit, TargetId);
}

/// <summary>A file an employee attaches, read no further than one byte past the limit.</summary>
public sealed record AttachmentUpload(string FileName, byte[] Content)
{
    public static async Task<AttachmentUpload> ReadAsync(string fileName, Stream stream, CancellationToken ct)
    {
        var buffer = new byte[ReportAttachment.MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), ct)) > 0)
        {
            length += read;
        }
        return new AttachmentUpload(fileName, buffer[..length]);
    }
}
