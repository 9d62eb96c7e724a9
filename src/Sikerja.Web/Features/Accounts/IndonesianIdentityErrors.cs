using Microsoft.AspNetCore.Identity;

namespace Sikerja.Web.Features.Accounts;

/// <summary>Identity's refusals in Bahasa Indonesia: they are shown to people as given.</summary>
public sealed class IndonesianIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Terjadi kesalahan yang tidak diketahui.");

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "Akun ini baru saja diubah orang lain; muat ulang halaman lalu coba lagi.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Kata sandi salah.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Token tidak sah atau sudah kedaluwarsa.");

    public override IdentityError RecoveryCodeRedemptionFailed() =>
        Error(nameof(RecoveryCodeRedemptionFailed), "Kode pemulihan salah atau sudah pernah dipakai.");

    public override IdentityError LoginAlreadyAssociated() =>
        Error(nameof(LoginAlreadyAssociated), "Login eksternal ini sudah terhubung dengan akun lain.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"Nama pengguna '{userName}' tidak sah: pakai huruf, angka dan - . _ @ + saja, tanpa spasi.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"Alamat surel '{email}' tidak sah.");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"Nama pengguna '{userName}' sudah dipakai akun lain.");

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), $"Alamat surel '{email}' sudah dipakai akun lain.");

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), $"Nama peran '{role}' tidak sah.");

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), $"Nama peran '{role}' sudah ada.");

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "Akun ini sudah memiliki kata sandi.");

    public override IdentityError UserLockoutNotEnabled() =>
        Error(nameof(UserLockoutNotEnabled), "Penguncian tidak diaktifkan untuk akun ini.");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"Akun ini sudah memiliki peran '{role}'.");

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), $"Akun ini tidak memiliki peran '{role}'.");

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), $"Kata sandi terlalu pendek: minimal {length} karakter.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), $"Kata sandi harus memuat sedikitnya {uniqueChars} karakter yang berbeda.");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "Kata sandi harus memuat sedikitnya satu tanda baca atau simbol.");

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), "Kata sandi harus memuat sedikitnya satu angka (0-9).");

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), "Kata sandi harus memuat sedikitnya satu huruf kecil (a-z).");

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), "Kata sandi harus memuat sedikitnya satu huruf besar (A-Z).");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
