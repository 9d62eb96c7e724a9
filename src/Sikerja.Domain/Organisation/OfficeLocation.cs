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
        if (latitude is not (>= -90 and <= 90))
        {
            yield return new Problem("latitude", "lintang harus antara -90 dan 90");
        }
        if (longitude is not (>= -180 and <= 180))
        {
            yield return new Problem("longitude", "bujur harus antara -180 dan 180");
        }
        if (radius is not (>= MinRadius and <= MaxRadius))
        {
            yield return new Problem("radius", $"radius harus antara {MinRadius} dan {MaxRadius} meter");
        }
    }
}
