namespace Sikerja.Domain.Attendance;

/// <summary>How a record proves where it was made.</summary>
public enum CheckInMethod
{
    /// <summary>The phone's location (inside the office radius, or at home).</summary>
    Location,

    /// <summary>The office's rotating QR code, scanned at the desk.</summary>
    QrCode,

    /// <summary>Recorded by an agency admin for someone who could not check in (no phone, no signal).</summary>
    Manual,

    /// <summary>The employee's own tap at a morning assembly: its join link or its attend button while it runs.</summary>
    Online,
}
