using System.Data;
using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.Csv;
using Sikerja.Domain.Imports;

namespace Sikerja.Web.Features.Imports;

/// <summary>
/// Writes rows in the import layout: a workbook with the "Unit" and "Pegawai" sheets, or one table as CSV
/// (UTF-8 with BOM, ';'-separated as Excel expects in Indonesia). A row holds one value per layout column:
/// text, a number or null.
/// </summary>
public static class SpreadsheetWriter
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv; charset=utf-8";

    public static byte[] Workbook(IEnumerable<object?[]> units, IEnumerable<object?[]> employees)
    {
        var sheets = new Dictionary<string, object>
        {
            [UnitSheet.Layout.Name] = Table(UnitSheet.Layout, units, asText: false),
            [EmployeeSheet.Layout.Name] = Table(EmployeeSheet.Layout, employees, asText: false),
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets);
        return stream.ToArray();
    }

    public static byte[] Csv(SheetLayout layout, IEnumerable<object?[]> rows)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, Table(layout, rows, asText: true), excelType: ExcelType.CSV, configuration: new CsvConfiguration { Seperator = ';' });
        return stream.ToArray();
    }

    /// <summary>A table, so that the header row is written even without data rows.</summary>
    private static DataTable Table(SheetLayout layout, IEnumerable<object?[]> rows, bool asText)
    {
        var table = new DataTable(layout.Name) { Locale = CultureInfo.InvariantCulture };
        foreach (var column in layout.Columns)
        {
            table.Columns.Add(column.Header, typeof(object));
        }
        foreach (var row in rows)
        {
            table.Rows.Add([.. row.Select(v => v is null ? DBNull.Value : asText ? Convert.ToString(v, CultureInfo.InvariantCulture)! : v)]);
        }
        return table;
    }
}
