using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sikerja.Web.Features.People;

public sealed class DetailModel(PeopleQuery people) : PageModel
{
    public PersonDetail? Detail { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Detail = await people.DetailAsync(id, ct);
        return Detail is null ? NotFound() : Page();
    }
}
