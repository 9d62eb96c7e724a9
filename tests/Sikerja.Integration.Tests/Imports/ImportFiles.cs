using System.Data;
using System.Text;
using MiniExcelLibs;
using Sikerja.Domain.Imports;

namespace Sikerja.Integration.Tests.Imports;

/// <summary>Real spreadsheet files in a temporary folder, written as a spreadsheet program would save them.</summary>
public sealed class ImportFiles : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sikerja-import-").FullName;

    public static string[] UnitHeaders => [.. UnitSheet.Layout.Columns.Select(c => c.Header)];

    public static string[] EmployeeHeaders => [.. EmployeeSheet.Layout.Columns.Select(c => c.Header)];

    /// <summary>A workbook with the sheets "Unit" and "Pegawai"; cells keep their type (text or number), null is empty.</summary>
    public string Workbook(IEnumerable<object?[]> units, IEnumerable<object?[]> employees, string[]? unitHeaders = null, string[]? employeeHeaders = null)
    {
        var path = Path.Combine(_folder, $"impor-{Guid.NewGuid():N}.xlsx");
        MiniExcel.SaveAs(path, new Dictionary<string, object>
        {
            [UnitSheet.Layout.Name] = Table(unitHeaders ?? UnitHeaders, units),
            [EmployeeSheet.Layout.Name] = Table(employeeHeaders ?? EmployeeHeaders, employees),
        });
        return path;
    }

    public string Csv(string text, bool byteOrderMark)
    {
        var path = Path.Combine(_folder, $"impor-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text, new UTF8Encoding(byteOrderMark));
        return path;
    }

    public string Save(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static DataTable Table(string[] headers, IEnumerable<object?[]> rows)
    {
        var table = new DataTable();
        foreach (var header in headers)
        {
            table.Columns.Add(header, typeof(object));
        }
        foreach (var row in rows)
        {
            table.Rows.Add([.. row.Select(v => v ?? DBNull.Value)]);
        }
        return table;
    }
}
