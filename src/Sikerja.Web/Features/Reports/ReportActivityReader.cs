using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Reports;

namespace Sikerja.Web.Features.Reports;

/// <summary>
/// The activities of a few reports in one query, by the activities' report index, with each target's title and
/// attachment's name (never its bytes), in time order, each flagged when it overlaps another of its report.
/// </summary>
public sealed class ReportActivityReader(SikerjaDbContext db)
{
    public async Task<ILookup<Guid, ActivityView>> ForReportsAsync(IReadOnlyCollection<Guid> reportIds, CancellationToken ct)
    {
        if (reportIds.Count == 0)
        {
            return Array.Empty<ActivityView>().ToLookup(_ => Guid.Empty);
        }
        var rows = await (
                from a in db.ReportActivities.AsNoTracking()
                where reportIds.Contains(a.ReportId)
                join t in db.PerformanceTargets on a.TargetId equals (Guid?)t.Id into targets
                from t in targets.DefaultIfEmpty()
                join f in db.ReportAttachments on a.Id equals f.ActivityId into files
                from f in files.DefaultIfEmpty()
                select new { a.ReportId, a.Id, a.Start, a.End, a.Description, a.Quantity, a.Unit, a.TargetId, Target = t == null ? null : t.Title, File = f == null ? null : f.FileName })
            .ToListAsync(ct);
        return rows
            .GroupBy(r => r.ReportId)
            .SelectMany(g =>
            {
                var overlapping = ActivityRules.Overlapping(g.Select(r => (r.Id, r.Start, r.End)));
                return g.OrderBy(r => r.Start).ThenBy(r => r.End).Select(r => (r.ReportId, View: new ActivityView(
                    r.Id, r.Start, r.End, r.Description, r.Quantity, r.Unit, r.TargetId, r.Target, r.File, overlapping.Contains(r.Id))));
            })
            .ToLookup(x => x.ReportId, x => x.View);
    }
}
