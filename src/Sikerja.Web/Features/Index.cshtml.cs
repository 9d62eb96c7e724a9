using Microsoft.AspNetCore.Mvc.RazorPages;
using Sikerja.Web.Access;
using Sikerja.Web.Features.People;

namespace Sikerja.Web.Features;

public sealed class IndexModel(CurrentUser me, PeopleQuery people) : PageModel
{
    public CurrentUser Me => me;

    public PersonDetail? Profile { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (me.EmployeeId is { } id)
        {
            Profile = await people.DetailAsync(id, ct);
        }
    }
}
