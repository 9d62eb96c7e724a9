using System.Data;
using System.Globalization;
using MiniExcelLibs;
using Sikerja.Web.Features.Imports;

namespace Sikerja.Web.Features.Attendance;

/// <summary>The monthly recap as an XLSX workbook: one sheet "Rekap", a header row in Indonesian, one row per employee.</summary>
public static class AttendanceRecapWorkbook
{
    public const string SheetName = "Rekap";

    public static ExportFile Write(AttendanceRecap recap, string tenantCode)
    {
        var table = new DataTable(SheetName) { Locale = CultureInfo.InvariantCulture };
        table.Columns.Add("No", typeof(int));
        foreach (var (header, _) in AttendanceRecap.Columns)
        {
            table.Columns.Add(header, typeof(object));
        }
        var n = 0;
        foreach (var row in recap.Rows)
        {
            table.Rows.Add([++n, .. AttendanceRecap.Columns.Select(c => c.Value(row))]);
        }
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, table, sheetName: SheetName);
        return new ExportFile(
            $"rekap-presensi-{tenantCode}-{recap.Year:0000}-{recap.Month:00}.xlsx", SpreadsheetWriter.XlsxContentType, stream.ToArray());
    }
}
