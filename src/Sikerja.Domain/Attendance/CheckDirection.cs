namespace Sikerja.Domain.Attendance;

public enum CheckDirection
{
    In,
    Out,
}
