using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Schedule;
using Sikerja.Data.Tenancy;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Schedule;

/// <summary>A calendar subscription just made: the token is in the address and is never shown again.</summary>
public sealed record NewScheduleFeed(string Token, DateTime CreatedAt);

/// <summary>
/// The caller's own calendar subscription: made (or made anew, which ends the old address), looked at, ended. And,
/// for the feed itself, finding a subscription by its token alone, without anyone signed in.
/// </summary>
public sealed class ScheduleFeeds(SikerjaDbContext db, CurrentUser user, TenantScope scope, TimeProvider time)
{
    private const int TokenBytes = 32;

    public async Task<CommandResult<ScheduleFeed?>> MineAsync(CancellationToken ct)
    {
        if (user.EmployeeId is not { } me || user.TenantId is null)
        {
            return CommandResult<ScheduleFeed?>.Forbidden();
        }
        return CommandResult<ScheduleFeed?>.Done(await db.ScheduleFeeds.AsNoTracking().SingleOrDefaultAsync(f => f.EmployeeId == me, ct));
    }

    /// <summary>Makes the caller's subscription, replacing the one they had.</summary>
    public async Task<CommandResult<NewScheduleFeed>> CreateAsync(CancellationToken ct)
    {
        if (user.EmployeeId is not { } me || user.TenantId is not { } tenant)
        {
            return CommandResult<NewScheduleFeed>.Forbidden();
        }
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));
        var now = time.GetUtcNow().UtcDateTime;
        var feed = await db.ScheduleFeeds.SingleOrDefaultAsync(f => f.EmployeeId == me, ct);
        if (feed is null)
        {
            db.ScheduleFeeds.Add(new ScheduleFeed { TenantId = tenant, EmployeeId = me, TokenHash = Hash(token), CreatedAt = now });
        }
        else
        {
            feed.TokenHash = Hash(token);
            feed.CreatedAt = now;
        }
        await db.SaveChangesAsync(ct);
        return CommandResult<NewScheduleFeed>.Done(new NewScheduleFeed(token, now));
    }

    /// <summary>Ends the caller's subscription, if any: its address stops working. True when there was one.</summary>
    public async Task<CommandResult<bool>> RevokeAsync(CancellationToken ct)
    {
        if (user.EmployeeId is not { } me || user.TenantId is null)
        {
            return CommandResult<bool>.Forbidden();
        }
        var ended = await db.ScheduleFeeds.Where(f => f.EmployeeId == me).ExecuteDeleteAsync(ct);
        return CommandResult<bool>.Done(ended > 0);
    }

    /// <summary>
    /// The subscription a token opens, with the request moved into its tenant; null for any token that is not a
    /// current one (malformed, replaced, ended), all alike.
    /// </summary>
    public async Task<ScheduleFeed?> OpenAsync(string token, CancellationToken ct)
    {
        if (token.Length != Base64Url.GetEncodedLength(TokenBytes) || !Base64Url.IsValid(token))
        {
            return null;
        }
        var hash = Hash(token);
        var feed = await db.ScheduleFeeds.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(f => f.TokenHash == hash, ct);
        if (feed is not null)
        {
            scope.Enter(feed.TenantId);
        }
        return feed;
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
}
