using Sikerja.Domain.Calendar;
using Sikerja.Domain.Reports;

namespace Sikerja.Web.Features.Reports;

/// <summary>
/// What judging reports over a period needs, read once: the tenant's calendar (with holidays far enough ahead for
/// the deadlines), zone and settings, the segments under circulars that require reports, and the latest date
/// whose deadline has passed at <see cref="NowUtc"/>.
/// </summary>
public sealed record ObligationPeriod(
    DateOnly From, DateOnly To, WorkingCalendar Calendar, TimeZoneInfo Zone, ReportSettings Settings,
    IReadOnlyList<ReportingSegment> Segments, DateTime NowUtc)
{
    /// <summary>Dates up to this one are past their deadline; null when none is.</summary>
    public DateOnly? LastPassed { get; } = ReportDeadline.LastPassed(NowUtc, Settings, Calendar, Zone);

    /// <summary>A date no deadline of the period has passed by, for queries that compare with <see cref="LastPassed"/>.</summary>
    public DateOnly PassedUntil => LastPassed ?? DateOnly.MinValue;

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(NowUtc, Zone));

    public DateTime DeadlineOf(DateOnly date) => ReportDeadline.Of(date, Settings, Calendar, Zone);

    public ReportingSegment? SegmentOn(DateOnly date) => Segments.FirstOrDefault(s => s.From <= date && date <= s.To);
}
