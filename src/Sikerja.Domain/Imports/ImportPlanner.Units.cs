using Sikerja.Domain.Organisation;

namespace Sikerja.Domain.Imports;

/// <summary>The rows of the "Unit" sheet: fields, place in the tree, head.</summary>
public sealed partial class ImportPlanner
{
    private readonly Dictionary<string, UnitRow> _unitRowByCode = [];

    /// <summary>Writes a row's fields into the next state; false when the row names no single unit (no code, or a repeated one).</summary>
    private bool ReadUnit(UnitRow row)
    {
        var named = CheckUnitCode(row);
        if (row.Name.Length == 0)
        {
            Add(row, UnitSheet.Name, "nama unit wajib diisi");
        }
        else if (row.Name.Length > MaxUnitName)
        {
            Add(row, UnitSheet.Name, $"nama unit paling panjang {MaxUnitName} karakter");
        }
        var typeKnown = ImportVocabulary.TryParse(row.Type, out OrgUnitType type);
        if (!typeKnown)
        {
            Add(row, UnitSheet.Type, row.Type.Length == 0
                ? "jenis unit wajib diisi"
                : $"jenis unit '{row.Type}' tidak dikenal (pilih: {ImportVocabulary.UnitTypeWords})");
        }
        if (row.Address is { Length: > MaxAddress })
        {
            Add(row, UnitSheet.Address, $"alamat paling panjang {MaxAddress} karakter");
        }
        if (!named)
        {
            return false;
        }
        _unitRowByCode[row.Code] = row;
        if (!_unitByCode.TryGetValue(row.Code, out var unit))
        {
            unit = new OrgUnit { TenantId = _tenantId, Code = row.Code, Name = row.Name };
            _units[unit.Id] = unit;
            _unitByCode[unit.Code] = unit;
        }
        else if (unit.IsClosed)
        {
            Add(row, UnitSheet.Code, $"unit '{row.Code}' sudah ditutup; unit yang ditutup tidak dapat diubah lewat impor");
        }
        unit.Name = row.Name;
        unit.Type = typeKnown ? type : unit.Type;
        if (row.Address is not null)
        {
            unit.Address = row.Address.Length == 0 ? null : row.Address;
        }
        ReadOffice(row, unit);
        _unitRows[unit.Id] = row;
        return true;
    }

    private bool CheckUnitCode(UnitRow row)
    {
        if (UnitCode.Check(row.Code) is { } problem)
        {
            Add(row, UnitSheet.Code, problem.Message);
            return row.Code.Length > 0 && !_unitRowByCode.ContainsKey(row.Code);
        }
        if (_unitRowByCode.TryGetValue(row.Code, out var first))
        {
            Add(row, UnitSheet.Code, $"kode unit '{row.Code}' sudah dipakai di baris {first.Row}");
            return false;
        }
        return true;
    }

    private void ReadOffice(UnitRow row, OrgUnit unit)
    {
        var readable = true;
        var latitude = Number(row, UnitSheet.Latitude, row.Latitude, unit.OfficeLatitude, ref readable);
        var longitude = Number(row, UnitSheet.Longitude, row.Longitude, unit.OfficeLongitude, ref readable);
        var radius = Number(row, UnitSheet.Radius, row.Radius, unit.OfficeRadiusMetres, ref readable);
        if (radius is { } r && (r != Math.Floor(r) || Math.Abs(r) > int.MaxValue))
        {
            Add(row, UnitSheet.Radius, $"radius '{row.Radius}' harus bilangan bulat (meter)");
            readable = false;
        }
        if (!readable)
        {
            return;
        }
        var metres = radius is { } m ? (int?)m : null;
        foreach (var problem in OfficeLocation.Validate(latitude, longitude, metres))
        {
            Add(row, problem.Where switch
            {
                "latitude" => UnitSheet.Latitude,
                "longitude" => UnitSheet.Longitude,
                _ => UnitSheet.Radius,
            }, problem.Message);
        }
        unit.OfficeLatitude = latitude;
        unit.OfficeLongitude = longitude;
        unit.OfficeRadiusMetres = metres;
    }

    private double? Number(UnitRow row, ImportColumn column, string? cell, double? current, ref bool readable)
    {
        if (cell is null)
        {
            return current;
        }
        if (cell.Length == 0)
        {
            return null;
        }
        if (ImportVocabulary.TryParseNumber(cell, out var value))
        {
            return value;
        }
        Add(row, column, $"'{cell}' bukan angka");
        readable = false;
        return null;
    }

    private void PlaceUnit(UnitRow row)
    {
        var unit = _unitByCode[row.Code];
        if (row.ParentCode.Length == 0)
        {
            unit.ParentId = null;
        }
        else if (row.ParentCode == row.Code)
        {
            Add(row, UnitSheet.ParentCode, "unit tidak dapat menjadi induk dirinya sendiri");
        }
        else if (!_unitByCode.TryGetValue(row.ParentCode, out var parent))
        {
            Add(row, UnitSheet.ParentCode, $"kode unit induk '{row.ParentCode}' tidak ada di file maupun di data Pemda");
        }
        else if (parent.IsClosed)
        {
            Add(row, UnitSheet.ParentCode, $"unit induk '{row.ParentCode}' sudah ditutup");
        }
        else
        {
            unit.ParentId = parent.Id;
        }
    }

    /// <summary>Reports each unit of the file that would end up below itself; true when there is any.</summary>
    private bool FindUnitLoops(List<UnitRow> rows)
    {
        var found = false;
        foreach (var row in rows)
        {
            var start = _unitByCode[row.Code];
            var chain = new List<OrgUnit> { start };
            var seen = new HashSet<Guid> { start.Id };
            for (var p = start.ParentId; p is { } id && _units.TryGetValue(id, out var parent); p = parent.ParentId)
            {
                if (id == start.Id)
                {
                    Add(row, UnitSheet.ParentCode, "unit induk membentuk lingkaran: " + string.Join(" → ", chain.Append(start).Select(u => u.Code)));
                    found = true;
                    break;
                }
                if (!seen.Add(id))
                {
                    break;
                }
                chain.Add(parent);
            }
        }
        return found;
    }

    private void SetHead(UnitRow row)
    {
        if (row.HeadNip is null)
        {
            return;
        }
        var unit = _unitByCode[row.Code];
        if (row.HeadNip.Length == 0)
        {
            unit.HeadId = null;
        }
        else if (!_employeeByNip.TryGetValue(row.HeadNip, out var head))
        {
            Add(row, UnitSheet.HeadNip, $"NIP kepala unit '{row.HeadNip}' tidak ada di file maupun di data Pemda");
        }
        else if (head.UnitId != unit.Id)
        {
            var where = _units.GetValueOrDefault(head.UnitId)?.Code ?? "?";
            Add(row, UnitSheet.HeadNip, $"{head.Name} ({head.Nip}) adalah pegawai unit '{where}', bukan '{unit.Code}'; kepala unit harus pegawai unit itu sendiri");
        }
        else if (!head.IsActive)
        {
            Add(row, UnitSheet.HeadNip, $"{head.Name} ({head.Nip}) tidak aktif dan tidak dapat menjadi kepala unit");
        }
        else
        {
            unit.HeadId = head.Id;
        }
    }

    /// <summary>
    /// A head whom the file moves to another unit, or takes out of service, no longer heads the unit (unless the
    /// file names the unit's head itself), as when one edits the employee by hand.
    /// </summary>
    private void ClearHeadsWhoLeft(List<UnitRow> rows)
    {
        var headsFromFile = rows.Where(r => r.HeadNip is not null).Select(r => _unitByCode[r.Code].Id).ToHashSet();
        foreach (var unit in _units.Values)
        {
            if (unit.HeadId is { } headId && !headsFromFile.Contains(unit.Id) && _employeeRows.ContainsKey(headId)
                && _employees[headId] is var head && (head.UnitId != unit.Id || !head.IsActive))
            {
                unit.HeadId = null;
            }
        }
    }
}
