using Sikerja.Domain;
using Sikerja.Domain.People;

namespace Sikerja.Web.Features.People;

/// <summary>The editable fields of an employee, as a form or the API sends them.</summary>
public sealed record EmployeeInput(
    string Nip,
    string Name,
    Employment Employment,
    PositionLevel Level,
    Guid UnitId,
    string? Title = null,
    Guid? SupervisorOverride = null,
    string? Phone = null,
    bool PriorityHome = false,
    string? PriorityHomeReason = null,
    bool IsActive = true)
{
    public const int MaxTitleLength = 200;
    public const int MaxReasonLength = 400;

    public IEnumerable<Problem> Validate()
    {
        foreach (var p in EmployeeRules.Validate(Nip, Name, Employment, Phone))
        {
            yield return p;
        }
        if (!Enum.IsDefined(Employment))
        {
            yield return new Problem("employment", "status kepegawaian tidak dikenal");
        }
        if (!Enum.IsDefined(Level))
        {
            yield return new Problem("level", "tingkat jabatan tidak dikenal");
        }
        if (Title?.Trim().Length > MaxTitleLength)
        {
            yield return new Problem("title", $"jabatan paling panjang {MaxTitleLength} karakter");
        }
        if (PriorityHome && string.IsNullOrWhiteSpace(PriorityHomeReason))
        {
            yield return new Problem("priorityHomeReason", "alasan prioritas di rumah wajib diisi");
        }
        else if (PriorityHome && PriorityHomeReason!.Trim().Length > MaxReasonLength)
        {
            yield return new Problem("priorityHomeReason", $"alasan paling panjang {MaxReasonLength} karakter");
        }
    }
}
