namespace Sikerja.Web.Features.Audit;

/// <summary>The Indonesian words for what the audit trail records; pages pass them through the localizer.</summary>
public static class AuditLabels
{
    public static readonly IReadOnlyList<string> Actions = ["Created", "Updated", "Deleted"];

    public static string Action(string action) => action switch
    {
        "Created" => "Dibuat",
        "Updated" => "Diubah",
        "Deleted" => "Dihapus",
        _ => action,
    };

    public static string Entity(string type) => type switch
    {
        "Tenant" => "Pemda",
        "Holiday" => "Hari libur",
        "OrgUnit" => "Unit organisasi",
        "Employee" => "Pegawai",
        "RoleGrant" => "Hak akses",
        "AppUser" => "Akun",
        "CheckIn" => "Presensi",
        _ => type,
    };
}
