using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Domain.Travel;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Travel;

/// <summary>"Izin bepergian": the request form, the employee's permits with their status, withdrawal and the return.</summary>
public sealed class IndexModel(TravelPermitService service, TravelRegions regions, TenantTime time, CurrentUser user, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Province { get; set; }

    [BindProperty]
    public TravelPurpose Purpose { get; set; } = TravelPurpose.Family;

    [BindProperty]
    public string? Destination { get; set; }

    [BindProperty]
    public DateOnly? LeavesOn { get; set; }

    [BindProperty]
    public DateOnly? ReturnsOn { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Contact { get; set; }

    [BindProperty]
    public bool Emergency { get; set; }

    [BindProperty]
    public DateOnly? ReturnedOn { get; set; }

    public DestinationChoice Choice { get; private set; } = null!;

    public IReadOnlyList<PermitView> Mine { get; private set; } = [];

    public DateOnly Today => time.Clock.Today;

    public bool MayManage => user.IsTenantAdmin;

    public bool MayMarkHighRisk => user.IsTenantAdmin || user.IsHealthOfficer;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostRequestAsync(CancellationToken ct)
    {
        var result = await service.RequestAsync(new TravelRequestInput(Purpose, Destination, LeavesOn, ReturnsOn, Reason, Emergency, Contact), ct);
        return await this.OutcomeAsync(result,
            p => p.Status == PermitStatus.Pending
                ? t["Permohonan izin ke {0} dikirim; menunggu {1}.", p.DestinationName, t[Labels.Of(p.Chain[0])]].Value
                : t["Perjalanan ke {0} tidak memerlukan izin dan sudah tercatat.", p.DestinationName].Value,
            _ => "/Travel",
            async () => { await ShowAsync(ct); return Page(); });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct)
    {
        var result = await service.WithdrawAsync(id, ct);
        return await this.OutcomeAsync(result, p => t["Permohonan izin ke {0} ditarik.", p.DestinationName].Value, _ => "/Travel",
            async () => { await ShowAsync(ct); return Page(); });
    }

    public async Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken ct)
    {
        var result = await service.ReturnAsync(id, ReturnedOn, ct);
        return await this.OutcomeAsync(result,
            p => p.QuarantineUntil is { } until
                ? t["Kepulangan {0:yyyy-MM-dd} dikonfirmasi. Anda menjalani karantina sampai {1:yyyy-MM-dd}; jadwal piket sudah disesuaikan.", p.ReturnedOn!.Value, until].Value
                : t["Kepulangan {0:yyyy-MM-dd} dikonfirmasi.", p.ReturnedOn!.Value].Value,
            _ => "/Travel",
            async () => { await ShowAsync(ct); return Page(); });
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var mine = await service.MineAsync(ct);
        if (!mine.IsDone)
        {
            return Forbid();
        }
        Mine = mine.Value!;
        Choice = await DestinationChoice.LoadAsync(regions, Province, Destination, ct);
        return Page();
    }
}
