using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sikerja.Web.Features.Accounts.Admin;

public sealed class IndexModel(AccountQuery accounts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public AccountPage? Result { get; private set; }

    /// <summary>The page number comes from the query only: "page" is also the route value naming this page.</summary>
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        Result = await accounts.SearchAsync(Q, pageNumber ?? 1, ct);
        return Result is null ? Forbid() : Page();
    }
}
