using System.Globalization;
using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.Csv;
using Sikerja.Domain.Imports;

namespace Sikerja.Web.Features.Imports;

/// <summary>
/// Reads an uploaded file into rows of cell text: an XLSX workbook (sheets "Unit" and "Pegawai", or sheets whose
/// header row shows which table they hold) or a CSV file holding one table, recognised by its header row. Rows
/// are numbered as the spreadsheet shows them; the header is the first non-empty row.
/// </summary>
public sealed class SpreadsheetReader
{
    public const int MaxRowsPerSheet = 100_000;

    private readonly List<UnitRow> _units = [];
    private readonly List<EmployeeRow> _employees = [];
    private readonly List<ImportProblem> _problems = [];
    private readonly HashSet<SheetLayout> _read = [];

    private SpreadsheetReader()
    {
    }

    public static ImportedFile Read(byte[] content)
    {
        var reader = new SpreadsheetReader();
        if (content.Length == 0)
        {
            reader.FileProblem("file kosong");
        }
        else if (content.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            reader.ReadWorkbook(content);
        }
        else if (content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            reader.FileProblem("format Excel lama (.xls) tidak didukung; simpan sebagai Excel Workbook (.xlsx) atau CSV UTF-8");
        }
        else
        {
            reader.ReadCsv(content);
        }
        return new ImportedFile(reader._units, reader._employees, reader._problems);
    }

    private void FileProblem(string message) => _problems.Add(new ImportProblem(ImportProblem.FileSheet, 0, "", message));

    private void ReadWorkbook(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            var sheets = MiniExcel.GetSheetNames(stream);
            // Named sheets first, so that a sheet recognised by its header only fills a table still missing.
            foreach (var sheet in sheets.OrderBy(s => LayoutNamed(s) is null))
            {
                stream.Position = 0;
                ReadTable(LayoutNamed(sheet), Rows(MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet)), sheet);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            FileProblem("file XLSX rusak atau bukan workbook Excel; simpan ulang dari Excel sebagai .xlsx");
            return;
        }
        if (_read.Count == 0 && _problems.Count == 0)
        {
            FileProblem($"workbook tidak berisi lembar '{UnitSheet.Layout.Name}' atau '{EmployeeSheet.Layout.Name}' (lihat templat)");
        }
    }

    private void ReadCsv(byte[] content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            FileProblem("file CSV harus berkode UTF-8; di Excel pilih Simpan Sebagai \"CSV UTF-8\"");
            return;
        }
        var separator = SeparatorOf(text);
        var configuration = new CsvConfiguration { Seperator = separator, ReadLineBreaksWithinQuotes = true };
        try
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(PadRecords(text, separator)), writable: false);
            ReadTable(null, Rows(MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.CSV, configuration: configuration)), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            FileProblem("file CSV tidak dapat dibaca; periksa tanda kutip dan pemisah kolom (';' atau ',')");
            return;
        }
        if (_read.Count == 0 && _problems.Count == 0)
        {
            FileProblem($"baris judul CSV tidak dikenali: tabel unit memuat kolom '{UnitSheet.Name.Header}', tabel pegawai kolom '{EmployeeSheet.Nip.Header}' (lihat templat)");
        }
    }

    private static IEnumerable<IDictionary<string, object?>> Rows(IEnumerable<dynamic> rows) => rows.Cast<IDictionary<string, object?>>();

    private static SheetLayout? LayoutNamed(string sheet) =>
        new[] { UnitSheet.Layout, EmployeeSheet.Layout }.FirstOrDefault(l => string.Equals(l.Name, sheet.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>A header with a NIP column is the employee table; one with a unit-name column the unit table.</summary>
    private static SheetLayout? LayoutOfHeader(IEnumerable<string> headers)
    {
        var list = headers.ToList();
        return list.Any(EmployeeSheet.Nip.Matches) ? EmployeeSheet.Layout
            : list.Any(UnitSheet.Name.Matches) ? UnitSheet.Layout
            : null;
    }

    /// <param name="sheetName">The workbook's sheet name; null for a CSV file.</param>
    private void ReadTable(SheetLayout? named, IEnumerable<IDictionary<string, object?>> rows, string? sheetName)
    {
        SheetLayout? layout = null;
        Dictionary<string, ImportColumn>? columns = null;
        var number = 0;
        foreach (var cells in rows)
        {
            number++;
            if (cells.Values.All(v => v is null || (v is string s && string.IsNullOrWhiteSpace(s))))
            {
                continue;
            }
            if (layout is null)
            {
                var headers = cells.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim() ?? "").ToList();
                layout = named ?? LayoutOfHeader(headers);
                if (layout is null)
                {
                    return;
                }
                if (!_read.Add(layout))
                {
                    _problems.Add(new ImportProblem(layout.Name, 0, "", $"lembar '{sheetName}' berisi tabel {layout.Name} lagi; satukan semua baris dalam satu lembar"));
                    return;
                }
                columns = ReadHeader(layout, cells, number);
                if (columns is null)
                {
                    return;
                }
                continue;
            }
            if (number - 1 > MaxRowsPerSheet)
            {
                _problems.Add(new ImportProblem(layout.Name, number, "", $"lembar {layout.Name} lebih dari {MaxRowsPerSheet} baris; bagi menjadi beberapa file"));
                return;
            }
            ReadRow(layout, columns!, cells, number);
        }
    }

    /// <summary>The column of each header cell; null (with the problems) when a required column is missing or one appears twice.</summary>
    private Dictionary<string, ImportColumn>? ReadHeader(SheetLayout layout, IDictionary<string, object?> cells, int row)
    {
        var columns = new Dictionary<string, ImportColumn>();
        var complete = true;
        foreach (var (key, value) in cells)
        {
            if (Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() is not { Length: > 0 } header || layout.ColumnFor(header) is not { } column)
            {
                continue;
            }
            if (columns.ContainsValue(column))
            {
                _problems.Add(new ImportProblem(layout.Name, row, column.Header, "kolom ini ada dua kali di baris judul"));
                complete = false;
            }
            columns[key] = column;
        }
        foreach (var missing in layout.Columns.Where(c => c.Required && !columns.ContainsValue(c)))
        {
            _problems.Add(new ImportProblem(layout.Name, row, missing.Header, "kolom wajib ini tidak ada di baris judul"));
            complete = false;
        }
        return complete ? columns : null;
    }

    private void ReadRow(SheetLayout layout, Dictionary<string, ImportColumn> columns, IDictionary<string, object?> cells, int row)
    {
        var text = new Dictionary<ImportColumn, string>(columns.Count);
        foreach (var (key, column) in columns)
        {
            text[column] = CellText(layout, column, cells.TryGetValue(key, out var value) ? value : null, row);
        }
        string? Cell(ImportColumn column) => text.TryGetValue(column, out var t) ? t : null;
        if (layout == UnitSheet.Layout)
        {
            _units.Add(UnitSheet.Read(row, Cell));
        }
        else
        {
            _employees.Add(EmployeeSheet.Read(row, Cell));
        }
    }

    /// <summary>A cell as text. Excel keeps numbers to 15 digits and drops leading zeros: a NIP or phone typed as a number is damaged.</summary>
    private string CellText(SheetLayout layout, ImportColumn column, object? value, int row)
    {
        switch (value)
        {
            case null:
                return "";
            case string s:
                return s.Trim();
            case double d:
                var digits = d == Math.Floor(d) && Math.Abs(d) < 1e15 ? d.ToString("0", CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture);
                if (column.Kind == CellKind.Nip && Math.Abs(d) >= 1e15)
                {
                    _problems.Add(new ImportProblem(layout.Name, row, column.Header,
                        $"NIP tersimpan sebagai angka sehingga Excel membulatkannya ({d:0}); format kolom sebagai Teks lalu ketik ulang NIP-nya"));
                }
                else if (column.Kind == CellKind.Phone)
                {
                    _problems.Add(new ImportProblem(layout.Name, row, column.Header,
                        $"nomor telepon tersimpan sebagai angka ({digits}) sehingga angka 0 di depannya hilang; format kolom sebagai Teks lalu ketik ulang"));
                }
                return digits;
            case bool b:
                return ImportVocabulary.WordFor(b);
            case DateTime date:
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            default:
                return Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "";
        }
    }

    /// <summary>';' (what Excel writes where the decimal mark is a comma, as in Indonesia) or ',' — whichever the header row uses more.</summary>
    private static char SeparatorOf(string text)
    {
        var header = text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0) ?? "";
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var c in header)
        {
            quoted ^= c == '"';
            semicolons += !quoted && c == ';' ? 1 : 0;
            commas += !quoted && c == ',' ? 1 : 0;
        }
        return semicolons > commas ? ';' : ',';
    }

    /// <summary>
    /// MiniExcel skips blank lines and refuses a row shorter than the first one. Every record padded with empty
    /// cells to the header's width keeps rows numbered as a spreadsheet shows them and lets short rows through.
    /// </summary>
    private static string PadRecords(string text, char separator)
    {
        var builder = new StringBuilder(text.Length + 1024);
        var quoted = false;
        var blank = true;
        int fields = 1, width = 0;
        foreach (var c in text)
        {
            quoted ^= c == '"';
            if (!quoted && c is '\n' or '\r')
            {
                if (c == '\n')
                {
                    EndRecord();
                }
                continue;
            }
            fields += !quoted && c == separator ? 1 : 0;
            blank &= char.IsWhiteSpace(c) || (!quoted && c == separator);
            builder.Append(c);
        }
        if (!blank)
        {
            EndRecord();
        }
        return builder.ToString();

        void EndRecord()
        {
            width = width == 0 && !blank ? fields : width;
            builder.Append(separator, Math.Max(Math.Max(width, 2) - fields, 0)).Append('\n');
            (fields, blank) = (1, true);
        }
    }
}
