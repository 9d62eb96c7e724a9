namespace Sikerja.Web.Features.Attendance;

/// <summary>The Indonesian words of the attendance feature's own enums; pages pass them through the localizer.</summary>
public static class PresenceWords
{
    public static string Of(PresenceKind kind) => kind switch
    {
        PresenceKind.Scheduled => "Piket di kantor",
        PresenceKind.Requested => "Izin kerja di kantor",
        PresenceKind.Visitor => "Tamu",
        _ => kind.ToString(),
    };

    public static string Of(Sikerja.Domain.Attendance.RequestStatus status) => status switch
    {
        Sikerja.Domain.Attendance.RequestStatus.Pending => "Menunggu keputusan",
        Sikerja.Domain.Attendance.RequestStatus.Approved => "Disetujui",
        Sikerja.Domain.Attendance.RequestStatus.Rejected => "Ditolak",
        Sikerja.Domain.Attendance.RequestStatus.Withdrawn => "Dibatalkan",
        _ => status.ToString(),
    };
}
