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
        switch (FaultOf(value))
        {
            case NipFault.Format:
                error = $"NIP harus 18 angka (diterima '{value}')";
                return false;
            case NipFault.BirthDate:
                error = $"NIP: tanggal lahir '{value[..8]}' bukan tanggal yang valid";
                return false;
            case NipFault.AppointmentMonth:
                error = $"NIP: bulan pengangkatan '{value[12..14]}' harus 01–12";
                return false;
            case NipFault.AppointmentBeforeBirth:
                error = $"NIP: TMT {value[8..14]} sebelum tanggal lahir";
                return false;
            case NipFault.Gender:
                error = $"NIP: digit jenis kelamin '{value[14]}' harus 1 atau 2";
                return false;
            case NipFault.Sequence:
                error = "NIP: nomor urut tidak boleh 000";
                return false;
        }
        nip = new Nip(value, new DateOnly(Digits(value, 0, 4), Digits(value, 4, 2), Digits(value, 6, 2)),
            Digits(value, 8, 4), Digits(value, 12, 2), value[14] == '1' ? Gender.Male : Gender.Female);
        error = null;
        return true;
    }

    /// <summary>Why <paramref name="value"/> (taken as it is, not trimmed) is no valid NIP, or null when it is one.
    /// Cheap enough to run over a million employees.</summary>
    public static NipFault? FaultOf(ReadOnlySpan<char> value)
    {
        if (value.Length != Length || value.ContainsAnyExceptInRange('0', '9'))
        {
            return NipFault.Format;
        }
        var birthYear = Digits(value, 0, 4);
        var birthMonth = Digits(value, 4, 2);
        var birthDay = Digits(value, 6, 2);
        if (birthYear < 1 || birthMonth is < 1 or > 12 || birthDay < 1 || birthDay > DateTime.DaysInMonth(birthYear, birthMonth))
        {
            return NipFault.BirthDate;
        }
        var year = Digits(value, 8, 4);
        var month = Digits(value, 12, 2);
        if (month is < 1 or > 12)
        {
            return NipFault.AppointmentMonth;
        }
        if (year * 12 + month < birthYear * 12 + birthMonth)
        {
            return NipFault.AppointmentBeforeBirth;
        }
        if (value[14] is not ('1' or '2'))
        {
            return NipFault.Gender;
        }
        return value[15..] is "000" ? NipFault.Sequence : null;
    }

    private static int Digits(ReadOnlySpan<char> value, int start, int count)
    {
        var n = 0;
        foreach (var c in value.Slice(start, count))
        {
            n = n * 10 + (c - '0');
        }
        return n;
    }

    public static bool IsValid(string? text) => TryParse(text, out _, out _);
}
