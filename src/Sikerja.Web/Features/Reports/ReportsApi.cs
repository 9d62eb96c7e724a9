using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Sikerja.Domain.Reports;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Reports;

/// <summary>Daily work reports over the API: the caller's own day, and the review of others' reports.</summary>
public static class ReportsApi
{
    public sealed record ReportDto(
        Guid Id, Guid EmployeeId, DateOnly WorkDate, ReportStatus Status, DateTime? SubmittedAt, bool Late, string? ReturnComment, DateTime? ReviewedAt)
    {
        public static ReportDto From(DailyReport r) => new(r.Id, r.EmployeeId, r.WorkDate, r.Status, r.SubmittedAt, r.Late, r.ReturnComment, r.ReviewedAt);
    }

    public sealed record ReportDayDto(
        DateOnly Date, ReportDto? Report, ReportStatus Status, bool Editable, DateTime DeadlineUtc, DateOnly? PreviousWorkingDay, string? ReviewedBy,
        IReadOnlyList<ActivityView> Activities, IReadOnlyList<TargetOption> Targets)
    {
        public static ReportDayDto From(ReportDayView d) => new(
            d.Date, d.Report is null ? null : ReportDto.From(d.Report), d.Status, d.Editable, d.DeadlineUtc, d.PreviousWorkingDay, d.ReviewerName, d.Activities, d.Targets);
    }

    public sealed record DayRequest(IReadOnlyList<ActivityInput>? Activities);

    public sealed record ReviewPageDto(IReadOnlyList<ReviewItem> Items, int Page, int PageSize, int Total, int Pages);

    public sealed record ReportDetailDto(ReportDto Report, string EmployeeName, string EmployeeNip, string? ReviewedBy, IReadOnlyList<ActivityView> Activities, bool MayReview);

    public sealed record ReturnRequest(string? Comment);

    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Daily work reports");
        reports.MapGet("/days/{date}", DayAsync)
            .WithSummary("The caller's report of a day (yyyy-MM-dd): status, deadline, activities (with overlaps flagged) and the agreed targets they may count toward.");
        reports.MapPut("/days/{date}", ReplaceAsync)
            .WithSummary("Makes the day's activities exactly these (while the report is a draft or returned): an activity with the id of an existing one changes it and keeps its attachment, one without is added, the others are removed.");
        reports.MapPost("/days/{date}/copy-previous", CopyPreviousAsync)
            .WithSummary("Copies the previous working day's activities (without attachments) into the day's report, which must be empty.");
        reports.MapPost("/days/{date}/submit", SubmitAsync)
            .WithSummary("Submits the day's report to the direct superior (at least one activity); the first submission is marked late after the tenant's deadline; a returned report goes back to review.");
        reports.MapGet("/review", ReviewListAsync)
            .WithSummary("Submitted reports waiting for the caller (direct reports, and a delegator's team on the delegated dates), newest day first, paged.");
        reports.MapPost("/review/days/{date}/approve", ApproveDayAsync)
            .WithSummary("Approves every submitted report of the date that the caller reviews, and no other; answers how many.");
        reports.MapGet("/{id:guid}", DetailAsync).WithSummary("A report with its activities, for its owner, its reviewers and those who may read its owner.");
        reports.MapPost("/{id:guid}/approve", ApproveAsync).WithSummary("The reviewer approves a submitted report.");
        reports.MapPost("/{id:guid}/return", ReturnAsync).WithSummary("The reviewer returns a submitted report with a comment saying what to correct; the employee is notified.");
        reports.MapReportTargetsApi();
        reports.MapReviewDelegationsApi();
        return api;
    }

    private static async Task<Results<Ok<ReportDayDto>, ValidationProblem, NotFound, ForbidHttpResult>> DayAsync(
        DateOnly date, ReportEditingService service, CancellationToken ct) =>
        (await service.DayAsync(date, ct)).ToHttp(ReportDayDto.From);

    private static async Task<Results<Ok<ReportDto>, ValidationProblem, NotFound, ForbidHttpResult>> ReplaceAsync(
        DateOnly date, DayRequest input, ReportEditingService service, CancellationToken ct) =>
        (await service.ReplaceActivitiesAsync(date, input.Activities ?? [], ct)).ToHttp(ReportDto.From);

    private static async Task<Results<Ok<ReportDto>, ValidationProblem, NotFound, ForbidHttpResult>> CopyPreviousAsync(
        DateOnly date, ReportEditingService service, CancellationToken ct) =>
        (await service.CopyPreviousAsync(date, ct)).ToHttp(ReportDto.From);

    private static async Task<Results<Ok<ReportDto>, ValidationProblem, NotFound, ForbidHttpResult>> SubmitAsync(
        DateOnly date, ReportEditingService service, CancellationToken ct) =>
        (await service.SubmitAsync(date, ct)).ToHttp(ReportDto.From);

    private static async Task<Results<Ok<ReviewPageDto>, ValidationProblem, NotFound, ForbidHttpResult>> ReviewListAsync(
        ReportReviewService service, [FromQuery] int? page, [FromQuery] int? pageSize, CancellationToken ct) =>
        (await service.ListAsync(page ?? 1, pageSize ?? 50, ct)).ToHttp(l => new ReviewPageDto(l.Items, l.Page, l.PageSize, l.Total, l.Pages));

    private static async Task<Results<Ok<BulkApproval>, ValidationProblem, NotFound, ForbidHttpResult>> ApproveDayAsync(
        DateOnly date, ReportReviewService service, CancellationToken ct) =>
        (await service.ApproveDayAsync(date, ct)).ToHttp(b => b);

    private static async Task<Results<Ok<ReportDetailDto>, ValidationProblem, NotFound, ForbidHttpResult>> DetailAsync(
        Guid id, ReportReviewService service, CancellationToken ct) =>
        (await service.DetailAsync(id, ct)).ToHttp(d => new ReportDetailDto(ReportDto.From(d.Report), d.EmployeeName, d.EmployeeNip, d.ReviewerName, d.Activities, d.MayReview));

    private static async Task<Results<Ok<ReportDto>, ValidationProblem, NotFound, ForbidHttpResult>> ApproveAsync(
        Guid id, ReportReviewService service, CancellationToken ct) =>
        (await service.ReviewAsync(id, new ReviewDecision(true, null), ct)).ToHttp(ReportDto.From);

    private static async Task<Results<Ok<ReportDto>, ValidationProblem, NotFound, ForbidHttpResult>> ReturnAsync(
        Guid id, ReturnRequest input, ReportReviewService service, CancellationToken ct) =>
        (await service.ReviewAsync(id, new ReviewDecision(false, input.Comment), ct)).ToHttp(ReportDto.From);
}
