using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Imports;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Imports;

/// <summary>Preview and commit as one signed-in caller would do them, each in its own request.</summary>
public static class ImportRun
{
    public static async Task<CommandResult<ImportPreview>> PreviewAsync(DatabaseFixture db, Guid user, string path)
    {
        await using var scope = await db.NewScope().AsAsync(user);
        await using var content = File.OpenRead(path);
        return await scope.Get<ImportService>().PreviewAsync(Path.GetFileName(path), content, CancellationToken.None);
    }

    /// <summary>A preview that must have been stored (problems or not).</summary>
    public static async Task<ImportPreview> PreviewedAsync(DatabaseFixture db, Guid user, string path)
    {
        var result = await PreviewAsync(db, user, path);
        Assert.True(result.IsDone, string.Join("; ", result.Problems));
        return result.Value!;
    }

    public static async Task<CommandResult<ImportPreview>> CommitAsync(DatabaseFixture db, Guid user, Guid batch)
    {
        await using var scope = await db.NewScope().AsAsync(user);
        return await scope.Get<ImportService>().CommitAsync(batch, CancellationToken.None);
    }

    /// <summary>Previews a file that must be clean, and commits it.</summary>
    public static async Task<ImportPreview> ImportAsync(DatabaseFixture db, Guid user, string path)
    {
        var preview = await PreviewedAsync(db, user, path);
        Assert.Empty(preview.Problems.Select(p => p.ToString()));
        var committed = await CommitAsync(db, user, preview.Id);
        Assert.True(committed.IsDone, string.Join("; ", committed.Problems));
        return committed.Value!;
    }
}
