using System.Data;
using System.Globalization;
using MiniExcelLibs;
using Sikerja.Web.Features.Imports;

namespace Sikerja.Web.Features.Reports;

/// <summary>
/// Monthly report summaries as an XLSX workbook: sheet "Ringkasan" a row per employee (owed, sent, on time, late,
/// missing and the missing dates), sheet "Keluaran" a row per employee and target (or unit without a target).
/// </summary>
public static class ReportSummaryWorkbook
{
    public const string SummarySheet = "Ringkasan";
    public const string OutputSheet = "Keluaran";

    public static ExportFile Write(IReadOnlyList<ReportSummary> summaries, DateOnly month, string name)
    {
        var summary = new DataTable(SummarySheet) { Locale = CultureInfo.InvariantCulture };
        foreach (var (column, type) in new[]
        {
            ("No", typeof(int)), ("NIP", typeof(string)), ("Nama", typeof(string)), ("Wajib lapor", typeof(int)), ("Dikirim", typeof(int)),
            ("Tepat waktu", typeof(int)), ("Terlambat", typeof(int)), ("Tidak mengirim", typeof(int)), ("Disetujui", typeof(int)),
            ("Tanggal tidak mengirim", typeof(string)),
        })
        {
            summary.Columns.Add(column, type);
        }
        var outputs = new DataTable(OutputSheet) { Locale = CultureInfo.InvariantCulture };
        foreach (var (column, type) in new[]
        {
            ("NIP", typeof(string)), ("Nama", typeof(string)), ("Sasaran kinerja", typeof(string)), ("Satuan", typeof(string)),
            ("Jumlah bulan ini", typeof(decimal)), ("Target setahun", typeof(object)),
        })
        {
            outputs.Columns.Add(column, type);
        }
        var n = 0;
        foreach (var s in summaries)
        {
            var c = s.Counts;
            summary.Rows.Add(++n, s.Nip, s.Name, c.Required, c.Submitted, c.OnTime, c.Late, c.Missing, c.Approved,
                string.Join(", ", s.MissingDays.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
            foreach (var o in s.Outputs)
            {
                outputs.Rows.Add(s.Nip, s.Name, o.Title ?? "(tanpa sasaran)", o.Unit, o.Quantity, o.YearlyQuantity is { } y ? y : DBNull.Value);
            }
        }
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, new Dictionary<string, object> { [SummarySheet] = summary, [OutputSheet] = outputs });
        return new ExportFile($"ringkasan-lkh-{name}-{month:yyyy-MM}.xlsx", SpreadsheetWriter.XlsxContentType, stream.ToArray());
    }
}
