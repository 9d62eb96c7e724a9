using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>An office's presence list of a day as an XLSX workbook, times in the tenant's zone, headings in the reader's language.</summary>
public sealed class PresenceExport(TenantTime tenantTime, IStringLocalizer<Text> t)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string FileName(PresenceList list) => $"daftar-hadir-kantor-{list.Date:yyyy-MM-dd}.xlsx";

    public byte[] Write(PresenceList list)
    {
        var rows = list.Reduced
            ? [Row(t["Pegawai"], list.Employees.ToString(System.Globalization.CultureInfo.InvariantCulture)),
               Row(t["Tamu"], list.Visitors.ToString(System.Globalization.CultureInfo.InvariantCulture))]
            : list.Rows.Select(r => new Dictionary<string, object?>
            {
                [t["Nama"]] = r.Name,
                [t["Keterangan"]] = t[PresenceWords.Of(r.Kind)].Value,
                [t["NIP"]] = r.Nip ?? "",
                [t["Telepon"]] = r.Phone ?? "",
                [t["Yang ditemui"]] = r.Met ?? "",
                [t["Datang"]] = r.In is { } i ? tenantTime.Format(i, "HH:mm") : "",
                [t["Pulang"]] = r.Out is { } o ? tenantTime.Format(o, "HH:mm") : "",
            }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: list.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return stream.ToArray();

        Dictionary<string, object?> Row(string what, string count) => new() { [t["Jumlah"]] = what, [t["Orang"]] = count };
    }
}
