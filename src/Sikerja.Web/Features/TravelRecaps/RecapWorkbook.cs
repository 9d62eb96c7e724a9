using System.Data;
using System.Globalization;
using MiniExcelLibs;
using Sikerja.Domain.Travel;
using Sikerja.Web.Features.Imports;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.TravelRecaps;

/// <summary>
/// Travel recaps as XLSX workbooks with Indonesian headers: an agency's month (sheets "Jumlah" and "Perjalanan"),
/// and the consolidated month (sheets "Perangkat Daerah", "Jumlah" of the submitted letters, and their "Perjalanan").
/// </summary>
public static class RecapWorkbook
{
    public const string CountsSheet = "Jumlah";
    public const string LinesSheet = "Perjalanan";
    public const string AgenciesSheet = "Perangkat Daerah";

    public static ExportFile Agency(AgencyRecap recap)
    {
        var sheets = new Dictionary<string, object>
        {
            [CountsSheet] = Counts(recap.Counts),
            [LinesSheet] = Lines(recap.Lines.Select(l => (recap.Agency.Name, l)), withAgency: false),
        };
        return File(sheets, $"rekap-perjalanan-{recap.Tenant.Code}-{recap.Agency.Code}-{recap.Month}.xlsx");
    }

    public static ExportFile Consolidated(ConsolidatedRecap recap)
    {
        var agencies = Table(AgenciesSheet,
            [("No", typeof(int)), ("Perangkat daerah", typeof(string)), ("Status", typeof(string)), ("Nomor surat", typeof(string)),
             ("Ditandatangani", typeof(string)), ("Diteruskan", typeof(string)), ("Asisten", typeof(string)),
             .. RecapCounts.Purposes.Select(p => (Labels.Of(p), typeof(int))), ("Jumlah perjalanan", typeof(int)), ("Jumlah orang", typeof(int))]);
        var n = 0;
        foreach (var a in recap.Agencies)
        {
            agencies.Rows.Add([
                ++n, a.Agency.Name, RecapLabels.Of(a.Status), a.Signed?.Number, Date(a.Signed?.SignedOffAt), Date(a.Signed?.ForwardedAt), a.AsistenName,
                .. RecapCounts.Purposes.Select(p => (object)a.Counts.Trips(p)), a.Counts.TotalTrips, a.Counts.TotalPeople]);
        }
        var sheets = new Dictionary<string, object>
        {
            [AgenciesSheet] = agencies,
            [CountsSheet] = Counts(recap.Counts),
            [LinesSheet] = Lines(recap.Submitted.SelectMany(a => a.Lines.Select(l => (a.Agency.Name, l))), withAgency: true),
        };
        return File(sheets, $"rekap-perjalanan-{recap.Tenant.Code}-{recap.Month}.xlsx");
    }

    private static DataTable Counts(RecapCounts counts)
    {
        var table = Table(CountsSheet,
            [("Kelompok", typeof(string)), .. RecapCounts.Purposes.Select(p => (Labels.Of(p), typeof(int))),
             ("Jumlah perjalanan", typeof(int)), ("Jumlah orang", typeof(int))]);
        foreach (var c in RecapCounts.Categories)
        {
            table.Rows.Add([RecapLabels.Of(c), .. RecapCounts.Purposes.Select(p => (object)counts.Trips(c, p)), counts.Trips(c), counts.People(c)]);
        }
        table.Rows.Add(["Jumlah", .. RecapCounts.Purposes.Select(p => (object)counts.Trips(p)), counts.TotalTrips, counts.TotalPeople]);
        return table;
    }

    private static DataTable Lines(IEnumerable<(string Agency, RecapTrip Line)> lines, bool withAgency)
    {
        var table = Table(LinesSheet,
            [("No", typeof(int)), .. withAgency ? [("Perangkat daerah", typeof(string))] : Array.Empty<(string, Type)>(),
             ("Nama", typeof(string)), ("NIP", typeof(string)), ("Jabatan", typeof(string)), ("Kelompok", typeof(string)), ("Keperluan", typeof(string)),
             ("Tujuan", typeof(string)), ("Berangkat", typeof(string)), ("Kembali", typeof(string)), ("Izin", typeof(string))]);
        var n = 0;
        foreach (var (agency, l) in lines)
        {
            table.Rows.Add([
                ++n, .. withAgency ? [agency] : Array.Empty<object>(), l.EmployeeName, l.Nip, l.PositionTitle, RecapLabels.Of(l.Category),
                Labels.Of(l.Purpose), l.DestinationName, Iso(l.LeavesOn), Iso(l.ReturnsOn), RecapLabels.Of(l.Status)]);
        }
        return table;
    }

    private static DataTable Table(string name, IEnumerable<(string Header, Type Type)> columns)
    {
        var table = new DataTable(name) { Locale = CultureInfo.InvariantCulture };
        foreach (var (header, type) in columns)
        {
            table.Columns.Add(header, type);
        }
        return table;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Date(DateTime? utc) => utc?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ExportFile File(Dictionary<string, object> sheets, string name)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets);
        return new ExportFile(name, SpreadsheetWriter.XlsxContentType, stream.ToArray());
    }
}
