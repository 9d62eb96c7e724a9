using Sikerja.Domain.Attendance;
using Sikerja.Domain.Organisation;

namespace Sikerja.Domain.Tests.Attendance;

public sealed class OfficeGeofenceTests
{
    private static readonly OfficeLocation Office = new(-7.668, 109.652, 100);

    /// <summary>A point <paramref name="metres"/> north of the office (one degree of latitude is 111,195 m on the mean sphere).</summary>
    private static GeoPoint North(double metres) => new(Office.Latitude + (metres / 111_195.08), Office.Longitude);

    [Fact]
    public void The_whole_accuracy_circle_must_lie_inside_the_radius()
    {
        Assert.Null(OfficeGeofence.Judge(Office, North(0), 5, 100));
        Assert.Null(OfficeGeofence.Judge(Office, North(80), 19.9, 100));
        Assert.Null(OfficeGeofence.Judge(Office, North(99.9), 0, 100));

        var justOut = OfficeGeofence.Judge(Office, North(80), 20.5, 100);
        Assert.NotNull(justOut);
        Assert.Equal("location", justOut.Where);
        Assert.Contains("80 m dari titik kantor", justOut.Message, StringComparison.Ordinal);
        Assert.Contains("radius kantor 100 m", justOut.Message, StringComparison.Ordinal);

        Assert.Equal("location", OfficeGeofence.Judge(Office, North(150), 5, 100)?.Where);
    }

    [Fact]
    public void An_accuracy_worse_than_the_tenant_accepts_proves_nothing_even_at_the_centre()
    {
        var wide = new OfficeLocation(Office.Latitude, Office.Longitude, 2000);
        var refused = OfficeGeofence.Judge(wide, North(0), 150, 100);
        Assert.NotNull(refused);
        Assert.Equal("accuracyMetres", refused.Where);
        Assert.Contains("150 m", refused.Message, StringComparison.Ordinal);
        Assert.Contains("paling besar 100 m", refused.Message, StringComparison.Ordinal);
        Assert.Null(OfficeGeofence.Judge(wide, North(0), 100, 100));
    }
}
