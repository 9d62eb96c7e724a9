using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sikerja.Web.Access;

namespace Sikerja.Web.Features.People;

public sealed class IndexModel(PeopleQuery people, OrganisationAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PeoplePage? Result { get; private set; }

    public bool CanAdd => access.CanEditAny;

    public async Task OnGetAsync(CancellationToken ct) => Result = await people.SearchAsync(Q, Unit, includeInactive: false, PageNumber, ct);
}
