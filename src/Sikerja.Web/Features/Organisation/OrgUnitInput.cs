using Sikerja.Domain;
using Sikerja.Domain.Organisation;

namespace Sikerja.Web.Features.Organisation;

/// <summary>The editable fields of a unit, as a form or the API sends them.</summary>
public sealed record OrgUnitInput(
    string Code,
    string Name,
    OrgUnitType Type,
    Guid? ParentId,
    string? Address = null,
    double? OfficeLatitude = null,
    double? OfficeLongitude = null,
    int? OfficeRadiusMetres = null,
    Guid? HeadId = null)
{
    public const int MaxAddressLength = 400;

    public IEnumerable<Problem> Validate()
    {
        if (UnitCode.Check(Code) is { } codeProblem)
        {
            yield return codeProblem;
        }
        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return new Problem("name", "nama unit wajib diisi");
        }
        else if (Name.Length > 200)
        {
            yield return new Problem("name", "nama unit paling panjang 200 karakter");
        }
        if (!Enum.IsDefined(Type))
        {
            yield return new Problem("type", "jenis unit tidak dikenal");
        }
        if (Address?.Trim().Length > MaxAddressLength)
        {
            yield return new Problem("address", $"alamat paling panjang {MaxAddressLength} karakter");
        }
        foreach (var p in OfficeLocation.Validate(OfficeLatitude, OfficeLongitude, OfficeRadiusMetres))
        {
            yield return p;
        }
    }
}
