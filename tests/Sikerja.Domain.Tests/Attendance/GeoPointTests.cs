using Sikerja.Domain.Attendance;

namespace Sikerja.Domain.Tests.Attendance;

public sealed class GeoPointTests
{
    [Fact]
    public void Distances_match_known_ones_from_a_metre_to_across_the_archipelago()
    {
        var monas = new GeoPoint(-6.175392, 106.827153);
        Assert.Equal(0, monas.MetresTo(monas), 6);
        // One thousandth of a degree of latitude is about 111 m everywhere.
        Assert.Equal(111.2, monas.MetresTo(new GeoPoint(-6.174392, 106.827153)), 1);
        // Ten millionths of a degree of longitude at 6° south is about 1.1 m.
        Assert.Equal(1.106, monas.MetresTo(new GeoPoint(-6.175392, 106.827163)), 2);
        // Jakarta to Jayapura, about 3,750 km.
        var jayapura = new GeoPoint(-2.533, 140.717);
        Assert.InRange(monas.MetresTo(jayapura) / 1000, 3700, 3800);
        Assert.Equal(monas.MetresTo(jayapura), jayapura.MetresTo(monas), 6);
    }

    [Fact]
    public void Antipodes_are_half_the_circumference_apart()
    {
        var d = new GeoPoint(0, 0).MetresTo(new GeoPoint(0, 180));
        Assert.Equal(Math.PI * GeoPoint.EarthRadiusMetres, d, 3);
    }
}
