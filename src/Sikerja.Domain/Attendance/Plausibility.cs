namespace Sikerja.Domain.Attendance;

/// <summary>
/// Flags a record a supervisor should look at; a flagged record is still accepted. Implausible: an accuracy worse
/// than the tenant accepts, a jump from the nearest record in time faster than anyone travels, a location identical to
/// the metre to an earlier day's (real fixes always wander a few metres), a phone clock far from the server's,
/// and a WFH record away from the registered home area.
/// </summary>
public static class Plausibility
{
    /// <summary>Faster than this from the previous record is a jump no one could travel (an aeroplane's door to door is slower).</summary>
    public const double MaxKilometresPerHour = 300;

    /// <summary>Two fixes closer than this are "identical".</summary>
    public const double RepeatedWithinMetres = 1;

    public static AttendanceFlags Flags(
        GeoPoint? at, double? accuracyMetres, DateTime deviceAt, DateTime receivedAt, DateOnly workDate,
        IEnumerable<PriorFix> earlier, HomeArea? homeArea, bool checkHome, AttendanceSettings settings)
    {
        var flags = AttendanceFlags.None;
        if (Math.Abs((receivedAt - deviceAt).TotalMinutes) > settings.ClockGapMinutes)
        {
            flags |= AttendanceFlags.ClockGap;
        }
        if (at is not { } here)
        {
            return checkHome ? flags | AttendanceFlags.OutsideHomeArea : flags;
        }
        var accuracy = accuracyMetres ?? 0;
        if (accuracy > settings.MaxAccuracyMetres)
        {
            flags |= AttendanceFlags.PoorAccuracy;
        }
        var fixes = earlier.ToList();
        if (fixes.MinBy(f => Math.Abs((deviceAt - f.DeviceAt).Ticks)) is { } previous && IsImpossibleJump(previous, here, accuracy, deviceAt))
        {
            flags |= AttendanceFlags.ImpossibleJump;
        }
        if (fixes.Any(f => f.WorkDate < workDate && f.At.MetresTo(here) < RepeatedWithinMetres))
        {
            flags |= AttendanceFlags.RepeatedLocation;
        }
        if (checkHome && !IsInside(homeArea, here, accuracy))
        {
            flags |= AttendanceFlags.OutsideHomeArea;
        }
        return flags;
    }

    /// <summary>Whether getting from the previous fix to this one needs more than <see cref="MaxKilometresPerHour"/>; both fixes' accuracy is given the benefit of the doubt.</summary>
    public static bool IsImpossibleJump(PriorFix previous, GeoPoint here, double accuracyMetres, DateTime deviceAt)
    {
        var metres = previous.At.MetresTo(here) - previous.AccuracyMetres - accuracyMetres;
        if (metres <= 0)
        {
            return false;
        }
        var hours = Math.Max(Math.Abs((deviceAt - previous.DeviceAt).TotalHours), 1.0 / 3600);
        return metres / 1000 / hours > MaxKilometresPerHour;
    }

    /// <summary>Whether a fix may lie in the home area: its accuracy circle touches it. No area registered is outside.</summary>
    public static bool IsInside(HomeArea? area, GeoPoint here, double accuracyMetres) =>
        area is not null && new GeoPoint(area.Latitude, area.Longitude).MetresTo(here) - accuracyMetres <= area.RadiusMetres;
}
