namespace Sikerja.Domain.Attendance;

public enum RequestStatus
{
    Pending,
    Approved,
    Rejected,
    Withdrawn,
}
