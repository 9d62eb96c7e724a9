using Sikerja.Domain.Rosters;

namespace Sikerja.Domain.Attendance;

/// <summary>How a record stands against the day's hours: on time, late by N minutes, or leaving N minutes early.</summary>
public sealed record Punctuality(string? Shift, int MinutesOff, bool NotScheduled)
{
    public bool IsLate(CheckDirection direction) => direction == CheckDirection.In && MinutesOff > 0;

    public bool IsEarlyLeave(CheckDirection direction) => direction == CheckDirection.Out && MinutesOff > 0;

    /// <summary>
    /// Judges a record made at <paramref name="deviceAtLocal"/> (tenant time, on <paramref name="workDate"/>). A check-in
    /// up to <paramref name="lateToleranceMinutes"/> after the start is on time, later ones are late by the whole
    /// minutes since the start; a check-out before the end leaves early by the whole minutes before it. A record in
    /// a mode or on a day the roster does not give is not scheduled: it keeps no minutes, the supervisor looks at it.
    /// A WFH record on a WFH day is judged against the policy's working day.
    /// </summary>
    public static Punctuality Judge(
        RosteredDay day, WorkMode mode, CheckDirection direction, DateOnly workDate, DateTime deviceAtLocal, int lateToleranceMinutes)
    {
        if (!day.Gives(mode))
        {
            return new Punctuality(null, 0, NotScheduled: true);
        }
        var hours = day.Hours;
        var shift = mode == WorkMode.Office ? (direction == CheckDirection.In ? hours.FirstShift : hours.LastShift) : null;
        if (direction == CheckDirection.In)
        {
            var late = WholeMinutes(deviceAtLocal - workDate.ToDateTime(hours.Start));
            return new Punctuality(shift, late > lateToleranceMinutes ? late : 0, false);
        }
        var early = WholeMinutes(workDate.ToDateTime(hours.End) - deviceAtLocal);
        return new Punctuality(shift, Math.Max(early, 0), false);
    }

    private static int WholeMinutes(TimeSpan span) => (int)Math.Floor(span.TotalMinutes);
}
