namespace Sikerja.Domain.People;

/// <summary>The first part of a number that makes it no valid NIP, in the order the parts are checked.</summary>
public enum NipFault
{
    /// <summary>Not exactly 18 ASCII digits.</summary>
    Format,

    /// <summary>The first eight digits are no real date of birth.</summary>
    BirthDate,

    /// <summary>The appointment month (digits 13–14) is not 01–12.</summary>
    AppointmentMonth,

    /// <summary>The appointment year-month is before the birth year-month.</summary>
    AppointmentBeforeBirth,

    /// <summary>The gender digit (15th) is neither 1 nor 2.</summary>
    Gender,

    /// <summary>The sequence (last three digits) is 000.</summary>
    Sequence,
}
