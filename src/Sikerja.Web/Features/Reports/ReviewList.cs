using Sikerja.Domain.Reports;

namespace Sikerja.Web.Features.Reports;

/// <summary>A submitted report waiting for the caller, with who wrote it and what they did.</summary>
public sealed record ReviewItem(
    Guid ReportId, Guid EmployeeId, string EmployeeName, string EmployeeNip, DateOnly WorkDate, bool Late, DateTime? SubmittedAt,
    bool Resubmitted, IReadOnlyList<ActivityView> Activities);

/// <summary>One page of the caller's review list, newest work date first, then by name.</summary>
public sealed record ReviewList(IReadOnlyList<ReviewItem> Items, int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The page's items by work date, as the page groups them.</summary>
    public IEnumerable<IGrouping<DateOnly, ReviewItem>> ByDate => Items.GroupBy(i => i.WorkDate);
}

/// <summary>A report as its owner, its reviewers and those who may read its owner see it.</summary>
public sealed record ReportDetail(DailyReport Report, string EmployeeName, string EmployeeNip, string? ReviewerName, IReadOnlyList<ActivityView> Activities, bool MayReview);

/// <summary>What a review says: approved, or returned with what to correct.</summary>
public sealed record ReviewDecision(bool Approve, string? Comment);

/// <summary>How many of a day's reports a bulk approval approved.</summary>
public sealed record BulkApproval(DateOnly WorkDate, int Approved);
