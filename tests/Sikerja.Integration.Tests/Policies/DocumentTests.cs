using Sikerja.Domain.Policies;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Policies;
using Sikerja.Web.Features.Shared;
using static Sikerja.Integration.Tests.Policies.PolicyWorld;

namespace Sikerja.Integration.Tests.Policies;

/// <summary>The signed circular as a file: checked by content, replaced, downloaded by those who may read the circular.</summary>
public abstract class DocumentTests(DatabaseFixture db) : DatabaseTest(db)
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly byte[] Pdf = [.. "%PDF-1.4\n%signed\n"u8, .. new byte[2000]];

    private async Task<Policy> PublishedAsync(PolicyWorld w)
    {
        await using var scope = await AsAsync(w.Admin);
        var draft = (await scope.Get<PolicyService>().CreateDraftAsync(Draft("100/1/2026", Today, null), Ct)).Value!;
        return (await scope.Get<PolicyService>().PublishAsync(draft.Id, [], Ct)).Value!;
    }

    private async Task<CommandResult<PolicyDocument>> AttachAsync(Guid user, Guid policy, string name, byte[] content)
    {
        await using var scope = await AsAsync(user);
        return await scope.Get<PolicyDocumentService>().AttachAsync(policy, name, new MemoryStream(content), Ct);
    }

    private async Task<PolicyDocument?> DownloadAsync(Guid user, Guid policy)
    {
        await using var scope = await AsAsync(user);
        return await scope.Get<PolicyDocumentService>().FindAsync(policy, Ct);
    }

    [Fact]
    public async Task A_pdf_is_stored_and_read_back_by_those_the_circular_covers()
    {
        var w = await ArrangeAsync(Db);
        var policy = await PublishedAsync(w);
        var attached = await AttachAsync(w.Admin, policy.Id, @"C:\scan\SE 100.pdf", Pdf);
        Assert.True(attached.IsDone, string.Join("; ", attached.Problems));

        var read = await DownloadAsync(w.StaffUser, policy.Id);
        Assert.NotNull(read);
        Assert.Equal(("SE 100.pdf", "application/pdf", Pdf.Length), (read.FileName, read.ContentType, read.Size));
        Assert.Equal(Pdf, read.Content);
        Assert.NotNull(await DownloadAsync(w.DinkesAdmin, policy.Id));
        Assert.Null(await DownloadAsync(w.ContractUser, policy.Id));
        Assert.Null(await DownloadAsync((await ArrangeAsync(Db)).Admin, policy.Id));
    }

    [Fact]
    public async Task A_new_file_replaces_the_old_and_other_content_is_refused()
    {
        var w = await ArrangeAsync(Db);
        var policy = await PublishedAsync(w);
        Assert.True((await AttachAsync(w.Admin, policy.Id, "se.pdf", Pdf)).IsDone);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        Assert.True((await AttachAsync(w.Admin, policy.Id, "se.png", png)).IsDone);
        Assert.Equal("image/png", (await DownloadAsync(w.Admin, policy.Id))!.ContentType);

        var refused = await AttachAsync(w.Admin, policy.Id, "se.pdf", "<html></html>"u8.ToArray());
        Assert.Equal(new Sikerja.Domain.Problem("file", "berkas harus PDF, PNG atau JPEG"), Assert.Single(refused.Problems));
        var tooBig = new byte[PolicyDocumentRules.MaxSize + 10];
        "%PDF-"u8.CopyTo(tooBig);
        Assert.Equal(CommandStatus.Refused, (await AttachAsync(w.Admin, policy.Id, "big.pdf", tooBig)).Status);
        Assert.Equal("image/png", (await DownloadAsync(w.Admin, policy.Id))!.ContentType);

        Assert.Equal(CommandStatus.Forbidden, (await AttachAsync(w.DinkesAdmin, policy.Id, "se.pdf", Pdf)).Status);
        Assert.Equal(CommandStatus.NotFound, (await AttachAsync((await ArrangeAsync(Db)).Admin, policy.Id, "se.pdf", Pdf)).Status);
    }

    public sealed class OnSqlite(SqliteFixture db) : DocumentTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : DocumentTests(db), IClassFixture<PostgresFixture>;
}
