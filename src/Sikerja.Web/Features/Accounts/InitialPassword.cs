using System.Security.Cryptography;

namespace Sikerja.Web.Features.Accounts;

/// <summary>
/// Passwords an admin hands over (new account, reset): three groups of four, easy to read aloud, without
/// look-alike characters, always with a digit and a lower-case letter as the password rules ask. ~60 bits.
/// </summary>
public static class InitialPassword
{
    private const string Lower = "abcdefghjkmnpqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Alphabet = Lower + Digits + "ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string Generate()
    {
        while (true)
        {
            var chars = RandomNumberGenerator.GetItems<char>(Alphabet, 12);
            if (chars.Any(c => Digits.Contains(c, StringComparison.Ordinal)) && chars.Any(c => Lower.Contains(c, StringComparison.Ordinal)))
            {
                var s = new string(chars);
                return $"{s[..4]}-{s[4..8]}-{s[8..]}";
            }
        }
    }
}
