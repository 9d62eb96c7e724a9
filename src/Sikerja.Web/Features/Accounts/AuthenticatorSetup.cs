using Microsoft.AspNetCore.Identity;
using Sikerja.Data.Accounts;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Accounts;

/// <summary>The shared key of an authenticator app, as text and as a QR code of its otpauth:// address.</summary>
public sealed record AuthenticatorEnrolment(string Key, string Uri, string QrCode);

/// <summary>
/// The optional second factor (TOTP, RFC 6238): enrol an authenticator app, switch it on with a first code,
/// issue one-time recovery codes, switch it off. Changes renew the security stamp, so a page that calls these
/// refreshes its own sign-in afterwards.
/// </summary>
public sealed class AuthenticatorSetup(UserManager<AppUser> users)
{
    public const string Issuer = "Sikerja";
    public const int RecoveryCodeCount = 10;

    /// <summary>The key to scan; made on first use and kept until the second factor is switched off.</summary>
    public async Task<AuthenticatorEnrolment> EnrolmentAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key was stored.");
        }
        var label = Uri.EscapeDataString($"{Issuer}:{user.UserName}");
        var uri = $"otpauth://totp/{label}?secret={key}&issuer={Issuer}&digits=6&period=30";
        return new AuthenticatorEnrolment(Grouped(key), uri, QrCodeImage.PngDataUri(uri));
    }

    /// <summary>Switches the second factor on when the code matches the enrolled key; returns the recovery codes (shown once).</summary>
    public async Task<CommandResult<IReadOnlyList<string>>> EnableAsync(AppUser user, string? code)
    {
        if (user.TwoFactorEnabled)
        {
            return CommandResult<IReadOnlyList<string>>.Refused("code", "verifikasi dua langkah sudah aktif");
        }
        if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)))
        {
            return CommandResult<IReadOnlyList<string>>.Refused("code", "siapkan aplikasi autentikator terlebih dahulu");
        }
        var digits = (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits))
        {
            return CommandResult<IReadOnlyList<string>>.Refused("code", "kode tidak cocok: periksa jam ponsel dan ketik kode yang sedang tampil");
        }
        var enabled = await users.SetTwoFactorEnabledAsync(user, true);
        if (!enabled.Succeeded)
        {
            return CommandResult<IReadOnlyList<string>>.Refused(AccountService.Problems(enabled));
        }
        return await NewRecoveryCodesAsync(user);
    }

    /// <summary>A fresh set of recovery codes; the earlier ones stop working.</summary>
    public async Task<CommandResult<IReadOnlyList<string>>> NewRecoveryCodesAsync(AppUser user)
    {
        if (!user.TwoFactorEnabled)
        {
            return CommandResult<IReadOnlyList<string>>.Refused("", "verifikasi dua langkah belum aktif");
        }
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        return CommandResult<IReadOnlyList<string>>.Done([.. codes ?? []]);
    }

    /// <summary>Switches the second factor off (with the password, as proof); a later enrolment gets a new key.</summary>
    public async Task<CommandResult<AppUser>> DisableAsync(AppUser user, string? password)
    {
        if (!user.TwoFactorEnabled)
        {
            return CommandResult<AppUser>.Refused("", "verifikasi dua langkah belum aktif");
        }
        if (!await users.CheckPasswordAsync(user, password ?? ""))
        {
            return CommandResult<AppUser>.Refused("password", "kata sandi salah");
        }
        var disabled = await users.SetTwoFactorEnabledAsync(user, false);
        if (!disabled.Succeeded)
        {
            return CommandResult<AppUser>.Refused(AccountService.Problems(disabled));
        }
        await users.ResetAuthenticatorKeyAsync(user);
        return CommandResult<AppUser>.Done(user);
    }

    public Task<int> RecoveryCodesLeftAsync(AppUser user) => users.CountRecoveryCodesAsync(user);

    private static string Grouped(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
}
