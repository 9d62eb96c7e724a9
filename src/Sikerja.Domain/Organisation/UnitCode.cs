namespace Sikerja.Domain.Organisation;

/// <summary>Unit codes: lower-case letters, digits, '.', '-' and '_', starting with a letter or digit.</summary>
public static class UnitCode
{
    public const int MaxLength = 64;

    public static Problem? Check(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return new Problem("code", "kode unit wajib diisi");
        }
        if (code.Length > MaxLength)
        {
            return new Problem("code", $"kode unit paling panjang {MaxLength} karakter");
        }
        var valid = char.IsAsciiLetterLower(code[0]) || char.IsAsciiDigit(code[0]);
        valid &= code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-' or '_');
        return valid ? null : new Problem("code", $"kode unit '{code}' hanya boleh huruf kecil, angka, '.', '-' dan '_'");
    }
}
