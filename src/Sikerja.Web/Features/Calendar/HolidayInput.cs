using Sikerja.Domain;
using Sikerja.Domain.Calendar;

namespace Sikerja.Web.Features.Calendar;

/// <summary>The editable fields of a holiday, as a form or the API sends them.</summary>
public sealed record HolidayInput(DateOnly Date, string Name, HolidayKind Kind)
{
    public IEnumerable<Problem> Validate() => HolidayRules.Validate(Date, Name, Kind);
}
