using System.Globalization;
using Microsoft.AspNetCore.Http;
using Sikerja.Domain;
using Sikerja.Domain.Reports;

namespace Sikerja.Web.Features.Reports;

/// <summary>
/// The activity form as posted from a phone. The quantity comes as text: a number field sends "1.5" whatever the
/// page's language, and "1,5" typed by hand means the same, so neither is read with the Indonesian thousands dot.
/// </summary>
public sealed class ActivityForm
{
    public TimeOnly? Start { get; set; }
    public TimeOnly? End { get; set; }
    public string? Description { get; set; }
    public string? Quantity { get; set; }
    public string? Unit { get; set; }
    public Guid? TargetId { get; set; }
    public IFormFile? Attachment { get; set; }
    public bool DropAttachment { get; set; }

    /// <summary>The draft, or the problem with the quantity when it is not a number.</summary>
    public (ActivityDraft Draft, Problem? QuantityProblem) Read()
    {
        decimal? quantity = null;
        Problem? problem = null;
        if (!string.IsNullOrWhiteSpace(Quantity))
        {
            var text = Quantity.Trim();
            text = text.Contains('.', StringComparison.Ordinal) ? text : text.Replace(',', '.');
            if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                quantity = value;
            }
            else
            {
                problem = new Problem("quantity", "jumlah keluaran harus berupa angka, mis. 2 atau 1,5");
            }
        }
        return (new ActivityDraft(Start, End, Description, quantity, Unit, TargetId), problem);
    }

    public async Task<AttachmentUpload?> UploadAsync(CancellationToken ct)
    {
        if (Attachment is not { Length: > 0 } file)
        {
            return null;
        }
        await using var stream = file.OpenReadStream();
        return await AttachmentUpload.ReadAsync(file.FileName, stream, ct);
    }

    public static ActivityForm Of(ActivityView a) => new()
    {
        Start = a.Start, End = a.End, Description = a.Description, Quantity = a.Quantity.ToString("0.##", CultureInfo.InvariantCulture), Unit = a.Unit,
        TargetId = a.TargetId,
    };
}
