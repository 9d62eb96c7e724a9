using Sikerja.Domain.Attendance;

namespace Sikerja.Domain.Organisation;

/// <summary>Where a unit's office is: the centre and the radius in which an office check-in is accepted.</summary>
public sealed record OfficeLocation(double Latitude, double Longitude, int RadiusMetres)
{
    public const int MinRadius = 10;
    public const int MaxRadius = 5000;

    public static IEnumerable<Problem> Validate(double? latitude, double? longitude, int? radius)
    {
        if (latitude is null && longitude is null && radius is null)
        {
            yield break;
        }
        // A missing coordinate of a located office is out of range too.
        foreach (var problem in GeoPoint.RangeProblems(latitude ?? double.NaN, longitude ?? double.NaN))
        {
            yield return problem;
        }
        if (radius is not (>= MinRadius and <= MaxRadius))
        {
            yield return new Problem("radius", $"radius harus antara {MinRadius} dan {MaxRadius} meter");
        }
    }
}
