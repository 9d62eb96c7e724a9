using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Reports;

/// <summary>"Delegasi peninjauan": a superior hands review of the team's reports to another official for some days, or revokes it.</summary>
public sealed class DelegationsModel(ReviewDelegationService service, TenantTime time, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty]
    public string? DelegateNip { get; set; }

    [BindProperty]
    public DateOnly? From { get; set; }

    [BindProperty]
    public DateOnly? Until { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public DelegationOverview Overview { get; private set; } = null!;

    public DateOnly Today => time.Clock.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct) =>
        await this.OutcomeAsync(await service.CreateAsync(new DelegationInput(DelegateNip, From, Until, Reason), ct),
            d => t["Delegasi peninjauan {0:yyyy-MM-dd} sampai {1:yyyy-MM-dd} diberikan.", d.From, d.Until].Value, _ => "/Reports/Delegations", () => ShowAgainAsync(ct));

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct) =>
        await this.OutcomeAsync(await service.RevokeAsync(id, ct),
            _ => t["Delegasi dicabut."].Value, _ => "/Reports/Delegations", () => ShowAgainAsync(ct));

    private async Task<PageResult> ShowAgainAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var overview = await service.OverviewAsync(ct);
        Overview = overview.Value!;
        return overview.IsDone;
    }
}
