using Sikerja.Domain.Organisation;

namespace Sikerja.Domain.Attendance;

/// <summary>
/// Whether a location proves presence at an office: only when the whole circle the phone may be in (its reported
/// accuracy) lies inside the office radius, and the accuracy is one the tenant accepts at all.
/// </summary>
public static class OfficeGeofence
{
    /// <summary>Null when the location proves presence; otherwise why not, in words the employee can act on.</summary>
    public static Problem? Judge(OfficeLocation office, GeoPoint at, double accuracyMetres, int maxAccuracyMetres)
    {
        if (accuracyMetres > maxAccuracyMetres)
        {
            return new Problem("accuracyMetres",
                $"akurasi lokasi {Math.Ceiling(accuracyMetres):0} m terlalu rendah (paling besar {maxAccuracyMetres} m); aktifkan GPS dan coba di tempat terbuka, atau pindai kode QR kantor");
        }
        var distance = at.MetresTo(new GeoPoint(office.Latitude, office.Longitude));
        if (distance + accuracyMetres > office.RadiusMetres)
        {
            return new Problem("location",
                $"lokasi Anda {Math.Round(distance):0} m dari titik kantor (akurasi {Math.Ceiling(accuracyMetres):0} m), di luar radius kantor {office.RadiusMetres} m; pindai kode QR kantor bila Anda sudah di kantor");
        }
        return null;
    }
}
