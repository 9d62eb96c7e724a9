using Sikerja.Domain.Attendance;
using Sikerja.Domain.Rosters;

namespace Sikerja.Web.Features.Attendance;

/// <summary>What the server stored for a check-in; <see cref="Duplicate"/> when the client id was already stored.</summary>
public sealed record CheckInReceipt(
    Guid Id, Guid ClientId, DateOnly WorkDate, CheckDirection Direction, WorkMode Mode, CheckInMethod Method, Guid? UnitId, string? Shift,
    int MinutesOff, AttendanceFlags Flags, DateTime DeviceAt, DateTime ReceivedAt, bool Duplicate)
{
    public static CheckInReceipt Of(CheckIn c, bool duplicate) =>
        new(c.Id, c.ClientId, c.WorkDate, c.Direction, c.Mode, c.Method, c.UnitId, c.Shift, c.MinutesOff, c.Flags, c.DeviceAt, c.ReceivedAt, duplicate);

    /// <summary>Each flag set, by name.</summary>
    public IReadOnlyList<AttendanceFlags> FlagList =>
        [.. Enum.GetValues<AttendanceFlags>().Where(f => f != AttendanceFlags.None && Flags.HasFlag(f))];
}
