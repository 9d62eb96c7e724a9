using Microsoft.AspNetCore.Mvc.RazorPages;
using Sikerja.Domain.Policies;
using Sikerja.Web.Access;
using Sikerja.Web.Features.People;
using Sikerja.Web.Features.Policies;

namespace Sikerja.Web.Features;

public sealed class IndexModel(CurrentUser me, PeopleQuery people, PolicyQuery policies) : PageModel
{
    public CurrentUser Me => me;

    public PersonDetail? Profile { get; private set; }

    /// <summary>Circulars in force or coming that cover the employee and that they have not yet read.</summary>
    public IReadOnlyList<MyPolicy> Unread { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (me.EmployeeId is { } id)
        {
            Profile = await people.DetailAsync(id, ct);
            Unread = [.. (await policies.MineAsync(ct)).Where(p => p.AcknowledgedAt is null && p.State is PolicyState.InForce or PolicyState.Scheduled)];
        }
    }
}
