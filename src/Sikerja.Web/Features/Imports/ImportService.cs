using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Imports;
using Sikerja.Domain.Imports;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Imports;

/// <summary>
/// Importing units and employees from a spreadsheet: a preview that stores the parsed rows (so the commit may run
/// on any node) and lists every problem, then a commit that checks the rows again against the database as it is
/// and applies all of them in one transaction, or nothing. The tenant is read once and checked in memory.
/// </summary>
public sealed class ImportService(SikerjaDbContext db, ImportActor actor, TimeProvider time)
{
    public const int MaxFileBytes = 10 * 1024 * 1024;

    public static string TooLarge => $"file lebih dari {MaxFileBytes / 1024 / 1024} MB; bagi menjadi beberapa file";

    public async Task<CommandResult<ImportPreview>> PreviewAsync(string fileName, Stream content, CancellationToken ct)
    {
        if (!actor.MayImport || actor.TenantId is not { } tenantId)
        {
            return CommandResult<ImportPreview>.Forbidden();
        }
        var bytes = await ReadLimitedAsync(content, ct);
        if (bytes is null)
        {
            return CommandResult<ImportPreview>.Refused("file", TooLarge);
        }
        var file = SpreadsheetReader.Read(bytes);
        var plan = await PlanAsync(file, ct);
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var batch = new ImportBatch
        {
            TenantId = tenantId,
            CreatedBy = actor.UserId,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            FileName = name.Length is > 0 and <= 260 ? name : name.Length == 0 ? "(tanpa nama)" : name[^260..],
            Rows = ImportBatchRows.Serialize(file),
            UnitRows = file.Units.Count,
            EmployeeRows = file.Employees.Count,
            ProblemCount = plan.Problems.Count,
            Status = ImportStatus.Previewed,
        };
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(ct);
        return CommandResult<ImportPreview>.Done(ImportPreview.Of(batch, plan));
    }

    /// <summary>A batch with its problems and summary checked again now, as a commit would see them.</summary>
    public async Task<CommandResult<ImportPreview>> GetAsync(Guid id, CancellationToken ct)
    {
        if (!actor.MayImport)
        {
            return CommandResult<ImportPreview>.Forbidden();
        }
        var batch = await VisibleBatches().AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct);
        if (batch is null)
        {
            return CommandResult<ImportPreview>.NotFound();
        }
        var plan = batch.Status == ImportStatus.Previewed ? await PlanAsync(ImportBatchRows.Deserialize(batch.Rows), ct) : null;
        return CommandResult<ImportPreview>.Done(ImportPreview.Of(batch, plan));
    }

    public async Task<CommandResult<ImportPreview>> CommitAsync(Guid id, CancellationToken ct)
    {
        if (!actor.MayImport || actor.TenantId is not { } tenantId)
        {
            return CommandResult<ImportPreview>.Forbidden();
        }
        var batch = await VisibleBatches().AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct);
        if (batch is null)
        {
            return CommandResult<ImportPreview>.NotFound();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Claiming the batch first makes a second commit, on this node or another, find it taken.
        var now = time.GetUtcNow().UtcDateTime;
        var claimed = await db.ImportBatches
            .Where(b => b.Id == id && b.Status == ImportStatus.Previewed)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, ImportStatus.Committed).SetProperty(b => b.CommittedAt, now), ct);
        if (claimed == 0)
        {
            return CommandResult<ImportPreview>.Refused("import", "file ini sudah diimpor; unggah file lagi untuk impor yang baru");
        }
        var units = await db.OrgUnits.ToListAsync(ct);
        var employees = await db.Employees.ToListAsync(ct);
        var plan = ImportPlanner.Plan(ImportBatchRows.Deserialize(batch.Rows), units, employees, actor.Scope, tenantId);
        if (!plan.CanCommit)
        {
            return CommandResult<ImportPreview>.Refused(plan.Problems.Select(p => p.ToProblem()));
        }
        await ApplyAsync(plan, units, employees, ct);
        await transaction.CommitAsync(ct);
        batch.Status = ImportStatus.Committed;
        batch.CommittedAt = now;
        return CommandResult<ImportPreview>.Done(ImportPreview.Of(batch, plan));
    }

    private IQueryable<ImportBatch> VisibleBatches() =>
        actor.WholeTenant ? db.ImportBatches : db.ImportBatches.Where(b => b.CreatedBy == actor.UserId);

    private async Task<ImportPlan> PlanAsync(ImportedFile file, CancellationToken ct)
    {
        var units = await db.OrgUnits.AsNoTracking().ToListAsync(ct);
        var employees = await db.Employees.AsNoTracking().ToListAsync(ct);
        return ImportPlanner.Plan(file, units, employees, actor.Scope, actor.TenantId!.Value);
    }

    /// <summary>
    /// Brings the tracked units and employees to the planned state and adds the new ones. A new unit headed by a new
    /// employee gets its head in a second save: each row needs the other to exist first.
    /// </summary>
    private async Task ApplyAsync(ImportPlan plan, List<OrgUnit> units, List<Employee> employees, CancellationToken ct)
    {
        var unitById = units.ToDictionary(u => u.Id);
        var employeeById = employees.ToDictionary(e => e.Id);
        foreach (var next in plan.Employees)
        {
            if (employeeById.TryGetValue(next.Id, out var employee))
            {
                next.CopyTo(employee);
            }
            else
            {
                db.Employees.Add(next);
            }
        }
        var headsLater = new List<(OrgUnit Unit, Guid Head)>();
        foreach (var next in plan.Units)
        {
            if (unitById.TryGetValue(next.Id, out var unit))
            {
                next.CopyTo(unit);
                continue;
            }
            if (next.HeadId is { } head && !employeeById.ContainsKey(head))
            {
                headsLater.Add((next, head));
                next.HeadId = null;
            }
            db.OrgUnits.Add(next);
        }
        await SaveOnceDetectedAsync(ct);
        if (headsLater.Count > 0)
        {
            headsLater.ForEach(h => h.Unit.HeadId = h.Head);
            await SaveOnceDetectedAsync(ct);
        }
    }

    /// <summary>
    /// Saves after one scan of the tracked rows for changes: the audit trail and the save would each scan again,
    /// and with the whole tenant tracked every scan costs.
    /// </summary>
    private async Task SaveOnceDetectedAsync(CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream content, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
