namespace Sikerja.Domain.Attendance;

/// <summary>A place on Earth as a phone reports it: latitude and longitude in degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    /// <summary>The mean radius of the Earth (IUGG), in metres.</summary>
    public const double EarthRadiusMetres = 6_371_008.8;

    /// <summary>The great-circle distance in metres (haversine): accurate to well under a metre at office scale.</summary>
    public double MetresTo(GeoPoint other)
    {
        var lat1 = Radians(Latitude);
        var lat2 = Radians(other.Latitude);
        var dLat = lat2 - lat1;
        var dLon = Radians(other.Longitude - Longitude);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>Latitude and longitude out of their ranges, each as a problem of its field; a missing one is not checked here.</summary>
    public static IEnumerable<Problem> RangeProblems(double? latitude, double? longitude)
    {
        if (latitude is { } lat && lat is not (>= -90 and <= 90))
        {
            yield return new Problem("latitude", "lintang harus antara -90 dan 90");
        }
        if (longitude is { } lon && lon is not (>= -180 and <= 180))
        {
            yield return new Problem("longitude", "bujur harus antara -180 dan 180");
        }
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
