using Sikerja.Domain.People;

namespace Sikerja.Domain.Tests.People;

public sealed class NipTests
{
    [Fact]
    public void A_valid_nip_is_read_into_its_parts()
    {
        Assert.True(Nip.TryParse("197603152001121003", out var nip, out var error), error);
        Assert.Equal(new DateOnly(1976, 3, 15), nip.BirthDate);
        Assert.Equal(2001, nip.AppointmentYear);
        Assert.Equal(12, nip.AppointmentMonth);
        Assert.Equal(Gender.Male, nip.Gender);
    }

    [Theory]
    [InlineData("19760315200112100", "18 angka")]          // 17 digits
    [InlineData("1976031520011210031", "18 angka")]        // 19 digits
    [InlineData("19760315200112100A", "18 angka")]         // a letter
    [InlineData("197602302001121003", "tanggal lahir")]    // 30 February
    [InlineData("197603152001131003", "bulan pengangkatan")] // month 13
    [InlineData("197603152001001003", "bulan pengangkatan")] // month 00
    [InlineData("197603151975121003", "sebelum tanggal lahir")] // appointed before birth
    [InlineData("197603152001123003", "jenis kelamin")]    // gender digit 3
    [InlineData("197603152001121000", "000")]              // sequence 000
    public void An_invalid_nip_says_why(string text, string reason)
    {
        Assert.False(Nip.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Appointment_in_the_birth_month_is_allowed()
    {
        Assert.True(Nip.IsValid("19760315" + "197603" + "2" + "001"));
    }
}
