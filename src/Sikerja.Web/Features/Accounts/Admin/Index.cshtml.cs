using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sikerja.Web.Features.Accounts.Admin;

public sealed class IndexModel(AccountQuery accounts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public AccountPage? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Result = await accounts.SearchAsync(Q, PageNumber, ct);
        return Result is null ? Forbid() : Page();
    }
}
