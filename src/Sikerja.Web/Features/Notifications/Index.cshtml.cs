using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Notifications;

/// <summary>The signed-in employee's inbox: newest first, each opened (and so read) or marked read, and the e-mail address they also go to.</summary>
public sealed class IndexModel(NotificationInbox inbox, NotificationAddress address, EmailChannel email, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public bool Unread { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    public NotificationPage? Result { get; private set; }

    public bool HasInbox => inbox.HasInbox;

    public bool EmailEnabled => email.IsEnabled;

    public Task<PageResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken ct)
    {
        var result = await inbox.MarkReadAsync(id, ct);
        if (result.Value is not { } notification)
        {
            return NotFound();
        }
        return notification.Link is { } link ? LocalRedirect(link) : RedirectToPage(new { p = PageNumber, unread = Unread });
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        var result = await inbox.MarkAllReadAsync(ct);
        if (!result.IsDone)
        {
            return Forbid();
        }
        TempData["Message"] = t["{0} notifikasi ditandai sudah dibaca.", result.Value].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEmailAsync(CancellationToken ct)
    {
        var result = await address.SetAsync(Email);
        return await this.OutcomeAsync(
            result,
            a => a is null ? t["Notifikasi tidak lagi dikirim ke surel."].Value : t["Notifikasi juga dikirim ke {0}.", a].Value,
            _ => "/Notifications",
            () => ShowAsync(ct, keepEmail: true));
    }

    private async Task<PageResult> ShowAsync(CancellationToken ct, bool keepEmail = false)
    {
        if (!inbox.HasInbox)
        {
            return Page();
        }
        var result = await inbox.PageAsync(PageNumber, Unread, ct);
        Result = result.Value;
        if (!keepEmail)
        {
            Email = await address.CurrentAsync();
        }
        return Page();
    }
}
