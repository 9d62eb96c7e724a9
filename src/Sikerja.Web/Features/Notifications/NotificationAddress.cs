using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Sikerja.Data.Accounts;
using Sikerja.Domain;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Notifications;

/// <summary>The e-mail address one's own notifications are also sent to: the account's e-mail, set by its owner.</summary>
public sealed class NotificationAddress(UserManager<AppUser> users, CurrentUser user)
{
    public async Task<string?> CurrentAsync() =>
        user.UserId is { } id ? (await users.FindByIdAsync(id.ToString()))?.Email : null;

    /// <summary>Sets or (with an empty value) removes the address.</summary>
    public async Task<CommandResult<string?>> SetAsync(string? email)
    {
        var account = user.UserId is { } id && user.EmployeeId is not null ? await users.FindByIdAsync(id.ToString()) : null;
        if (account is null)
        {
            return CommandResult<string?>.Forbidden();
        }
        var address = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (address is not null && (address.Length > 254 || !MailAddress.TryCreate(address, out var parsed) || parsed.Address != address))
        {
            return CommandResult<string?>.Refused("email", $"'{address}' bukan alamat surel yang sah, contoh: nama@kebumenkab.go.id");
        }
        var result = await users.SetEmailAsync(account, address);
        return result.Succeeded
            ? CommandResult<string?>.Done(address)
            : CommandResult<string?>.Refused(result.Errors.Select(e => new Problem("email", e.Description)));
    }
}
