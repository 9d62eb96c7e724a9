namespace Sikerja.Domain.Reports;

/// <summary>An activity as the employee entered it, before it is checked.</summary>
public sealed record ActivityDraft(TimeOnly? Start, TimeOnly? End, string? Description, decimal? Quantity, string? Unit, Guid? TargetId);

/// <summary>The performance target an activity names, as found among the employee's targets; null when it is not theirs.</summary>
public sealed record TargetChoice(int Year, TargetStatus Status);

/// <summary>
/// A valid activity: a time span that starts before it ends, what was done, an output of a positive quantity with
/// its unit, and, if named, one of the employee's own agreed targets of the report's year. Each problem names its
/// field (with <c>prefix</c> before it when a request holds several activities).
/// </summary>
public static class ActivityRules
{
    /// <summary>The largest quantity the column holds (12 digits, 2 after the point).</summary>
    public const decimal MaxQuantity = 9_999_999_999.99m;

    /// <summary><see cref="MaxQuantity"/> as an Indonesian reader writes it, whatever the culture of the process.</summary>
    public const string MaxQuantityText = "9.999.999.999,99";

    public static IEnumerable<Problem> Check(ActivityDraft draft, DateOnly workDate, TargetChoice? target, string prefix = "")
    {
        if (draft.Start is null)
        {
            yield return new Problem(prefix + "start", "isi jam mulai");
        }
        if (draft.End is null)
        {
            yield return new Problem(prefix + "end", "isi jam selesai");
        }
        else if (draft.Start is { } start && draft.End <= start)
        {
            yield return new Problem(prefix + "end", "jam selesai harus sesudah jam mulai");
        }
        if (string.IsNullOrWhiteSpace(draft.Description))
        {
            yield return new Problem(prefix + "description", "tulis kegiatan yang dikerjakan");
        }
        else if (draft.Description.Trim().Length > ReportActivity.MaxDescriptionLength)
        {
            yield return new Problem(prefix + "description", $"uraian kegiatan paling panjang {ReportActivity.MaxDescriptionLength} karakter");
        }
        if (draft.Quantity is not { } quantity)
        {
            yield return new Problem(prefix + "quantity", "isi jumlah keluaran");
        }
        else if (quantity <= 0)
        {
            yield return new Problem(prefix + "quantity", "jumlah keluaran harus lebih dari 0");
        }
        else if (quantity > MaxQuantity)
        {
            yield return new Problem(prefix + "quantity", $"jumlah keluaran paling besar {MaxQuantityText}");
        }
        else if (decimal.Round(quantity, 2) != quantity)
        {
            yield return new Problem(prefix + "quantity", "jumlah keluaran paling banyak dua angka di belakang koma");
        }
        if (string.IsNullOrWhiteSpace(draft.Unit))
        {
            yield return new Problem(prefix + "unit", "isi satuan keluaran (mis. dokumen, kegiatan, laporan)");
        }
        else if (draft.Unit.Trim().Length > ReportActivity.MaxUnitLength)
        {
            yield return new Problem(prefix + "unit", $"satuan paling panjang {ReportActivity.MaxUnitLength} karakter");
        }
        if (draft.TargetId is not null && CheckTarget(target, workDate) is { } message)
        {
            yield return new Problem(prefix + "targetId", message);
        }
    }

    private static string? CheckTarget(TargetChoice? target, DateOnly workDate) => target switch
    {
        null => "sasaran kinerja itu bukan milik Anda",
        { Status: not TargetStatus.Agreed } => "sasaran kinerja itu belum disetujui atasan",
        { Year: var year } when year != workDate.Year => $"sasaran kinerja itu untuk tahun {year}, bukan {workDate.Year}",
        _ => null,
    };

    /// <summary>
    /// Activities whose time spans overlap another's. Overlap is allowed (a meeting attended while a letter is
    /// drafted is two activities); it is shown to the employee and the reviewer, who judge it.
    /// </summary>
    public static IReadOnlySet<Guid> Overlapping(IEnumerable<(Guid Id, TimeOnly Start, TimeOnly End)> activities)
    {
        var sorted = activities.OrderBy(a => a.Start).ThenBy(a => a.End).ToList();
        var result = new HashSet<Guid>();
        for (var i = 0; i < sorted.Count; i++)
        {
            for (var j = i + 1; j < sorted.Count && sorted[j].Start < sorted[i].End; j++)
            {
                result.Add(sorted[i].Id);
                result.Add(sorted[j].Id);
            }
        }
        return result;
    }
}
