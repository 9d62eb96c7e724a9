namespace Sikerja.Domain.Imports;

/// <summary>
/// One problem of an imported file, where the person editing the spreadsheet finds it: the sheet, the row number
/// as the spreadsheet shows it (0 for the whole sheet or file) and the column header.
/// </summary>
public sealed record ImportProblem(string Sheet, int Row, string Column, string Message)
{
    /// <summary>The sheet name used for problems of the file as a whole.</summary>
    public const string FileSheet = "File";

    public string Where => (Row, Column) switch
    {
        ( > 0, "") => $"{Sheet} row {Row}",
        ( > 0, _) => $"{Sheet} row {Row}, {Column}",
        (_, "") => Sheet,
        _ => $"{Sheet}, {Column}",
    };

    public Problem ToProblem() => new(Where, Message);

    public override string ToString() => $"{Where}: {Message}";
}
