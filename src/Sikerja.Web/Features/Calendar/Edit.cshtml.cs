using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sikerja.Domain.Calendar;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Calendar;

public sealed class EditModel(HolidayService holidays, TenantTime time, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty]
    public DateOnly? Date { get; set; }

    [BindProperty]
    public string Name { get; set; } = "";

    [BindProperty]
    public HolidayKind Kind { get; set; } = HolidayKind.Regional;

    public Guid? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (!holidays.CanEdit)
        {
            return Forbid();
        }
        Id = id;
        if (id is { } existing)
        {
            if (await holidays.FindAsync(existing, ct) is not { } holiday)
            {
                return NotFound();
            }
            (Date, Name, Kind) = (holiday.Date, holiday.Name, holiday.Kind);
        }
        else
        {
            Date = time.Clock.Today;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        if (Date is not { } date)
        {
            ModelState.AddModelError("date", t["Tanggal wajib diisi."]);
            return Page();
        }
        var input = new HolidayInput(date, Name ?? "", Kind);
        var result = id is { } existing ? await holidays.UpdateAsync(existing, input, ct) : await holidays.CreateAsync(input, ct);
        return await this.OutcomeAsync(result,
            h => t["Hari libur {0} ({1:yyyy-MM-dd}) disimpan.", h.Name, h.Date].Value,
            h => $"/Calendar?year={h.Date.Year}",
            () => Task.FromResult(Page()));
    }
}
