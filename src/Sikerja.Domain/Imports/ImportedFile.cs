namespace Sikerja.Domain.Imports;

/// <summary>
/// One row of the "Unit" sheet as read: the trimmed text of each cell, "" for an empty cell and null where the
/// sheet has no such (optional) column. Unit codes are lower-cased: codes are case-insensitive.
/// </summary>
public sealed record UnitRow(
    int Row,
    string Code,
    string Name,
    string Type,
    string ParentCode,
    string? Address,
    string? Latitude,
    string? Longitude,
    string? Radius,
    string? HeadNip);

/// <summary>One row of the "Pegawai" sheet as read; same conventions as <see cref="UnitRow"/>.</summary>
public sealed record EmployeeRow(
    int Row,
    string Nip,
    string Name,
    string Employment,
    string Level,
    string? Title,
    string UnitCode,
    string? SupervisorNip,
    string? Phone,
    string? PriorityHome,
    string? PriorityHomeReason,
    string? Active);

/// <summary>
/// What was read from an uploaded file: its rows, and the problems met while reading it (a missing column, a cell
/// Excel changed) that the rows alone no longer show.
/// </summary>
public sealed record ImportedFile(IReadOnlyList<UnitRow> Units, IReadOnlyList<EmployeeRow> Employees, IReadOnlyList<ImportProblem> Problems);
