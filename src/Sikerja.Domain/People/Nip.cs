using System.Globalization;

namespace Sikerja.Domain.People;

/// <summary>
/// The 18-digit civil servant number: birth date (YYYYMMDD), appointment year-month (YYYYMM), gender digit
/// (1 male, 2 female) and a sequence that is not 000.
/// </summary>
public readonly record struct Nip
{
    public const int Length = 18;

    private Nip(string value, DateOnly birthDate, int appointmentYear, int appointmentMonth, Gender gender)
    {
        Value = value;
        BirthDate = birthDate;
        AppointmentYear = appointmentYear;
        AppointmentMonth = appointmentMonth;
        Gender = gender;
    }

    public string Value { get; }
    public DateOnly BirthDate { get; }
    public int AppointmentYear { get; }
    public int AppointmentMonth { get; }
    public Gender Gender { get; }

    public override string ToString() => Value;

    /// <summary>Parses a NIP, or says in one sentence why it is not a valid one.</summary>
    public static bool TryParse(string? text, out Nip nip, out string? error)
    {
        nip = default;
        var value = text?.Trim() ?? "";
        if (value.Length != Length || !value.All(char.IsAsciiDigit))
        {
            error = $"NIP harus 18 angka (diterima '{value}')";
            return false;
        }
        if (!DateOnly.TryParseExact(value[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth))
        {
            error = $"NIP: tanggal lahir '{value[..8]}' bukan tanggal yang valid";
            return false;
        }
        var year = int.Parse(value[8..12], CultureInfo.InvariantCulture);
        var month = int.Parse(value[12..14], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            error = $"NIP: bulan pengangkatan '{value[12..14]}' harus 01–12";
            return false;
        }
        if (year * 12 + month < birth.Year * 12 + birth.Month)
        {
            error = $"NIP: TMT {value[8..14]} sebelum tanggal lahir";
            return false;
        }
        var gender = value[14] switch
        {
            '1' => Gender.Male,
            '2' => Gender.Female,
            _ => (Gender?)null,
        };
        if (gender is null)
        {
            error = $"NIP: digit jenis kelamin '{value[14]}' harus 1 atau 2";
            return false;
        }
        if (value[15..] == "000")
        {
            error = "NIP: nomor urut tidak boleh 000";
            return false;
        }
        nip = new Nip(value, birth, year, month, gender.Value);
        error = null;
        return true;
    }

    public static bool IsValid(string? text) => TryParse(text, out _, out _);
}
