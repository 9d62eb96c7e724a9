using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Sikerja.Data.Schedule;
using Sikerja.Web.Features.Notifications;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Schedule;

/// <summary>"Jadwal saya": the signed-in employee's published schedule, today first, and their calendar subscription.</summary>
public sealed class IndexModel(ScheduleQuery query, ScheduleFeeds feeds, IOptions<NotificationOptions> options, IStringLocalizer<Text> t) : PageModel
{
    public ScheduleOverview? Overview { get; private set; }

    public ScheduleFeed? Feed { get; private set; }

    /// <summary>Set only in the response that made the subscription: the address is not kept.</summary>
    public string? NewFeedUrl { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostFeedAsync(CancellationToken ct)
    {
        var made = await feeds.CreateAsync(ct);
        if (!made.IsDone)
        {
            return Forbid();
        }
        NewFeedUrl = ScheduleFeedEndpoint.UrlFor(Request, options, made.Value!.Token);
        // The address is shown in this response only; nothing of it may be cached on the way.
        Response.Headers.CacheControl = "no-store";
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostRevokeFeedAsync(CancellationToken ct)
    {
        var result = await feeds.RevokeAsync(ct);
        if (result.Status == CommandStatus.Forbidden)
        {
            return Forbid();
        }
        TempData["Message"] = t["Langganan kalender dihentikan: alamat lamanya tidak berlaku lagi."].Value;
        return RedirectToPage();
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        if (await query.TodayAsync(ct) is not { } today)
        {
            return Page();
        }
        var (from, to) = ScheduleOverview.RangeAround(today);
        var range = await query.MineAsync(from, to, ct);
        if (range.Value is { } r)
        {
            Overview = ScheduleOverview.From(r);
            Feed = (await feeds.MineAsync(ct)).Value;
        }
        return Page();
    }
}
