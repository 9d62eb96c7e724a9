namespace Sikerja.Domain.Travel;

/// <summary>
/// The employee confirms being back from a trip that took place (approved, or recorded as unapproved), once, with
/// a day between departure and today. After a high-risk trip the tenant's quarantine follows: that many days from
/// the day of return, which become unavailable days of the roster.
/// </summary>
public static class ReturnRules
{
    public static Problem? Check(TravelPermit permit, DateOnly? returnedOn, DateOnly today)
    {
        if (permit.Status is not (PermitStatus.Approved or PermitStatus.Unapproved))
        {
            return new Problem("status", "kepulangan dikonfirmasi hanya untuk perjalanan yang disetujui atau tercatat");
        }
        if (permit.ReturnedOn is not null)
        {
            return new Problem("status", $"kepulangan sudah dikonfirmasi: {permit.ReturnedOn:yyyy-MM-dd}");
        }
        if (returnedOn is not { } day)
        {
            return new Problem("returnedOn", "isi tanggal kembali");
        }
        if (day < permit.LeavesOn)
        {
            return new Problem("returnedOn", $"tanggal kembali tidak boleh sebelum tanggal berangkat ({permit.LeavesOn:yyyy-MM-dd})");
        }
        return day > today ? new Problem("returnedOn", "tanggal kembali tidak boleh di masa depan") : null;
    }

    /// <summary>The quarantine after returning from a high-risk trip, or null when none is due.</summary>
    public static (DateOnly From, DateOnly Until)? Quarantine(bool highRisk, DateOnly returnedOn, int quarantineDays) =>
        highRisk && quarantineDays > 0 ? (returnedOn, returnedOn.AddDays(quarantineDays - 1)) : null;
}
