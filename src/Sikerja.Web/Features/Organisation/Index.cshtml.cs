using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sikerja.Web.Access;

namespace Sikerja.Web.Features.Organisation;

public sealed class IndexModel(OrgTreeQuery tree, OrganisationAccess access) : PageModel
{
    public OrgTreeLevel? Level { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanEditTenant => access.CanEditWholeTenant;

    [BindProperty(SupportsGet = true)]
    public bool IncludeClosed { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (!access.CanSeeTree)
        {
            return Forbid();
        }
        Level = await tree.LevelAsync(id, IncludeClosed, ct);
        if (Level is null)
        {
            return NotFound();
        }
        CanEdit = id is { } unit && await access.CanEditUnitAsync(unit, ct);
        return Page();
    }
}
