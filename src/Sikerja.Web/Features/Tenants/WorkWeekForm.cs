using Sikerja.Domain.Calendar;

namespace Sikerja.Web.Features.Tenants;

/// <summary>A work week as a form's checkboxes send it: the days ticked, Monday first.</summary>
public static class WorkWeekForm
{
    public static readonly DayOfWeek[] DisplayOrder =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static WorkWeek From(IEnumerable<DayOfWeek>? days) =>
        (days ?? []).Aggregate(WorkWeek.None, (week, day) => week | (WorkWeek)(1 << (int)day));
}
