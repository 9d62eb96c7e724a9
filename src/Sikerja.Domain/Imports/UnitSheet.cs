namespace Sikerja.Domain.Imports;

/// <summary>The "Unit" sheet: one row per unit, identified by its code.</summary>
public static class UnitSheet
{
    public static readonly ImportColumn Code = new("Kode unit", Required: true);
    public static readonly ImportColumn Name = new("Nama unit", Required: true);
    public static readonly ImportColumn Type = new("Jenis unit", Required: true);
    public static readonly ImportColumn ParentCode = new("Kode unit induk", Required: true, Aliases: ["Kode induk"]);
    public static readonly ImportColumn Address = new("Alamat", Required: false);
    public static readonly ImportColumn Latitude = new("Lintang kantor", Required: false, CellKind.Number, ["Lintang", "Latitude"]);
    public static readonly ImportColumn Longitude = new("Bujur kantor", Required: false, CellKind.Number, ["Bujur", "Longitude"]);
    public static readonly ImportColumn Radius = new("Radius kantor (meter)", Required: false, CellKind.Number, ["Radius kantor", "Radius"]);
    public static readonly ImportColumn HeadNip = new("NIP kepala unit", Required: false, CellKind.Nip);

    public static readonly SheetLayout Layout = new("Unit", Code, Name, Type, ParentCode, Address, Latitude, Longitude, Radius, HeadNip);

    /// <param name="cell">The trimmed text of a column in this row, or null where the sheet lacks the column.</param>
    public static UnitRow Read(int row, Func<ImportColumn, string?> cell) => new(
        row,
        (cell(Code) ?? "").ToLowerInvariant(),
        cell(Name) ?? "",
        cell(Type) ?? "",
        (cell(ParentCode) ?? "").ToLowerInvariant(),
        cell(Address),
        cell(Latitude),
        cell(Longitude),
        cell(Radius),
        cell(HeadNip));
}
