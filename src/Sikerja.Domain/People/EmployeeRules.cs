namespace Sikerja.Domain.People;

/// <summary>What makes an employee record valid, independent of where it comes from (form, API, spreadsheet).</summary>
public static class EmployeeRules
{
    public const int MaxNameLength = 200;
    public const int MaxNumberLength = 32;

    public static IEnumerable<Problem> Validate(string? nip, string? name, Employment employment, string? phone)
    {
        var number = nip?.Trim() ?? "";
        if (employment == Employment.Pns)
        {
            if (!Nip.TryParse(number, out _, out var error))
            {
                yield return new Problem("nip", error!);
            }
        }
        else if (number.Length == 0)
        {
            yield return new Problem("nip", "nomor pegawai wajib diisi");
        }
        else if (number.Length > MaxNumberLength || number.Any(char.IsWhiteSpace))
        {
            yield return new Problem("nip", $"nomor pegawai paling panjang {MaxNumberLength} karakter tanpa spasi");
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            yield return new Problem("name", "nama wajib diisi");
        }
        else if (name.Length > MaxNameLength)
        {
            yield return new Problem("name", $"nama paling panjang {MaxNameLength} karakter");
        }
        if (!string.IsNullOrWhiteSpace(phone) && !PhoneNumber.IsValid(phone))
        {
            yield return new Problem("phone", $"nomor telepon '{phone}' tidak valid (contoh: 081234567890 atau +6281234567890)");
        }
    }
}
