namespace Sikerja.Web.Features.Imports;

/// <summary>A file to download.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content);

/// <summary>The spreadsheet layouts offered for download: the workbook with both sheets, or one table as CSV.</summary>
public enum ExportFormat
{
    Xlsx,
    CsvUnits,
    CsvEmployees,
}

public static class ExportFormats
{
    public const string Names = "xlsx, csv-units, csv-employees";

    public static bool TryParse(string? text, out ExportFormat format)
    {
        (var known, format) = text?.Trim().ToLowerInvariant() switch
        {
            "xlsx" => (true, ExportFormat.Xlsx),
            "csv-units" => (true, ExportFormat.CsvUnits),
            "csv-employees" => (true, ExportFormat.CsvEmployees),
            _ => (false, ExportFormat.Xlsx),
        };
        return known;
    }
}
