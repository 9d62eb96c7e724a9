using System.Security.Cryptography;

namespace Sikerja.Web.Features.Tenants;

/// <summary>
/// A one-time password for an account an admin creates: random, easy to read aloud or type from a printout
/// (no 0/o, 1/l), in three groups of four ("k7mq-2xpa-9tne"); it always meets the password rules.
/// </summary>
public static class InitialPassword
{
    private const string Letters = "abcdefghjkmnpqrstuvwxyz";
    private const string Digits = "23456789";

    public static string Generate()
    {
        var alphabet = Letters + Digits;
        var chars = new char[12];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }
        chars[RandomNumberGenerator.GetInt32(6)] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        chars[6 + RandomNumberGenerator.GetInt32(6)] = Letters[RandomNumberGenerator.GetInt32(Letters.Length)];
        return $"{new string(chars, 0, 4)}-{new string(chars, 4, 4)}-{new string(chars, 8, 4)}";
    }
}
