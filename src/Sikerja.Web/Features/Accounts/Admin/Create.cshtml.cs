using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Accounts.Admin;

/// <summary>Creates an account with a generated first password, shown here once.</summary>
public sealed class CreateModel(AccountQuery accounts, AccountAdminService admin, AccountAccess access, CurrentUser me) : PageModel
{
    private const int CandidateLimit = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public Guid? EmployeeId { get; set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    public IReadOnlyList<AccountCandidate> Candidates { get; private set; } = [];

    public IssuedPassword? Issued { get; private set; }

    /// <summary>Accounts without an employee record (e.g. the regent's) are made by tenant admins.</summary>
    public bool CanCreateWithoutEmployee => me.IsTenantAdmin;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!access.CanAdminister)
        {
            return Forbid();
        }
        Candidates = await accounts.CandidatesAsync(Q, CandidateLimit, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await admin.CreateAsync(new NewAccountInput(EmployeeId, UserName, DisplayName), ct);
        switch (result.Status)
        {
            case CommandStatus.Forbidden:
                return Forbid();
            case CommandStatus.Done:
                Issued = result.Value;
                break;
            default:
                foreach (var p in result.Problems)
                {
                    ModelState.AddModelError(p.Where, p.Message);
                }
                break;
        }
        Candidates = await accounts.CandidatesAsync(Q, CandidateLimit, ct);
        return Page();
    }
}
