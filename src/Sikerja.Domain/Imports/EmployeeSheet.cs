namespace Sikerja.Domain.Imports;

/// <summary>The "Pegawai" sheet: one row per employee, identified by NIP (or the employee number of non-PNS staff).</summary>
public static class EmployeeSheet
{
    public static readonly ImportColumn Nip = new("NIP", Required: true, CellKind.Nip, ["NIP/Nomor pegawai", "Nomor pegawai", "NIP/NI PPPK"]);
    public static readonly ImportColumn Name = new("Nama", Required: true, Aliases: ["Nama pegawai", "Nama lengkap"]);
    public static readonly ImportColumn Employment = new("Status kepegawaian", Required: true, Aliases: ["Status"]);
    public static readonly ImportColumn Level = new("Tingkat jabatan", Required: true, Aliases: ["Jenis jabatan"]);
    public static readonly ImportColumn Title = new("Jabatan", Required: false, Aliases: ["Nama jabatan"]);
    public static readonly ImportColumn UnitCode = new("Kode unit", Required: true);
    public static readonly ImportColumn SupervisorNip = new("NIP atasan langsung", Required: false, CellKind.Nip);
    public static readonly ImportColumn Phone = new("Telepon/WhatsApp", Required: false, CellKind.Phone, ["Telepon", "WhatsApp", "No. HP", "Nomor HP"]);
    public static readonly ImportColumn PriorityHome = new("Prioritas bekerja di rumah", Required: false, Aliases: ["Prioritas di rumah"]);
    public static readonly ImportColumn PriorityHomeReason = new("Alasan prioritas", Required: false, Aliases: ["Alasan prioritas bekerja di rumah"]);
    public static readonly ImportColumn Active = new("Aktif", Required: false);

    public static readonly SheetLayout Layout = new(
        "Pegawai", Nip, Name, Employment, Level, Title, UnitCode, SupervisorNip, Phone, PriorityHome, PriorityHomeReason, Active);

    /// <param name="cell">The trimmed text of a column in this row, or null where the sheet lacks the column.</param>
    public static EmployeeRow Read(int row, Func<ImportColumn, string?> cell) => new(
        row,
        cell(Nip) ?? "",
        cell(Name) ?? "",
        cell(Employment) ?? "",
        cell(Level) ?? "",
        cell(Title),
        (cell(UnitCode) ?? "").ToLowerInvariant(),
        cell(SupervisorNip),
        cell(Phone),
        cell(PriorityHome),
        cell(PriorityHomeReason),
        cell(Active));
}
