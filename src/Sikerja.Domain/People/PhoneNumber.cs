namespace Sikerja.Domain.People;

/// <summary>Indonesian phone/WhatsApp numbers, written 08… or +628… (spaces and dashes allowed).</summary>
public static class PhoneNumber
{
    public static string Normalise(string text)
    {
        var digits = new string([.. text.Where(c => char.IsAsciiDigit(c) || c == '+')]);
        return digits.StartsWith('0') ? "+62" + digits[1..] : digits;
    }

    public static bool IsValid(string text)
    {
        if (text.Any(c => !(char.IsAsciiDigit(c) || c is '+' or ' ' or '-')))
        {
            return false;
        }
        var normal = Normalise(text);
        return normal.StartsWith("+62", StringComparison.Ordinal) && normal.Length is >= 11 and <= 16 && normal[1..].All(char.IsAsciiDigit);
    }
}
