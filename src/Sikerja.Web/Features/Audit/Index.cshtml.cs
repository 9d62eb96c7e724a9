using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Audit;

public sealed class IndexModel(AuditQuery audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ActorId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    public AuditPage? Result { get; private set; }

    /// <summary>The page number comes from the query only: "page" is also the route value naming this page.</summary>
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        var result = await audit.SearchAsync(new AuditFilter(EntityType, Action, Actor, ActorId, From, To, EntityId), pageNumber ?? 1, ct);
        switch (result.Status)
        {
            case CommandStatus.Forbidden:
                return Forbid();
            case CommandStatus.Refused:
                foreach (var p in result.Problems)
                {
                    ModelState.AddModelError(p.Where, p.Message);
                }
                break;
            default:
                Result = result.Value;
                break;
        }
        return Page();
    }

    /// <summary>This page's address with the current filters, one of them replaced.</summary>
    public string Link(string? entityType = null, Guid? actorId = null, string? entityId = null, int? page = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["entityType"] = entityType ?? EntityType,
            ["action"] = Action,
            ["actor"] = actorId is null ? Actor : null,
            ["actorId"] = (actorId ?? ActorId)?.ToString(),
            ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["entityId"] = entityId ?? EntityId,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Audit", query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
