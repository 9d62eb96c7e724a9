namespace Sikerja.Domain.Imports;

/// <summary>What a column holds, where the spreadsheet's own cell type matters when reading it.</summary>
public enum CellKind
{
    Text,
    Number,

    /// <summary>A NIP: 18 digits, which Excel rounds when the cell holds a number instead of text.</summary>
    Nip,

    /// <summary>A phone number, which loses its leading 0 when the cell holds a number.</summary>
    Phone,
}

/// <summary>
/// A column of an import sheet: the Indonesian header people see and other headers accepted for it. A sheet
/// must have its required columns; an optional column left out of a file leaves the stored value as it is.
/// </summary>
public sealed record ImportColumn(string Header, bool Required, CellKind Kind = CellKind.Text, string[]? Aliases = null)
{
    public bool Matches(string header)
    {
        var key = Normal(header);
        return key == Normal(Header) || (Aliases ?? []).Any(a => Normal(a) == key);
    }

    private static string Normal(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}

/// <summary>The columns of one sheet, in the order the template and the export write them.</summary>
public sealed class SheetLayout(string name, params ImportColumn[] columns)
{
    public string Name { get; } = name;

    public IReadOnlyList<ImportColumn> Columns { get; } = columns;

    public ImportColumn? ColumnFor(string header) => Columns.FirstOrDefault(c => c.Matches(header));

    /// <summary>The position of the column with this header, or -1.</summary>
    public int IndexOf(string header)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Header == header)
            {
                return i;
            }
        }
        return -1;
    }
}
