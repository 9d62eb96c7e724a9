using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Rosters;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Attendance;
using static Sikerja.Integration.Tests.Attendance.CheckInWorld;

namespace Sikerja.Integration.Tests.Attendance;

/// <summary>Group commit: records queued together are stored together, and one bad record fails only its own request.</summary>
public abstract class CheckInWriterTests(DatabaseFixture db) : DatabaseTest(db)
{
    private CheckIn Record(CheckInWorld w, Guid clientId, int minute) => new()
    {
        TenantId = w.Tenant.Id, EmployeeId = w.Staff.Id, ClientId = clientId, Direction = CheckDirection.In, Mode = WorkMode.Home,
        Method = CheckInMethod.Location, WorkDate = Day, DeviceAt = Wib(Day, 7, minute), ReceivedAt = Wib(Day, 7, minute),
    };

    [Fact]
    public async Task Records_queued_together_are_all_stored_and_a_client_id_already_stored_answers_with_the_stored_record()
    {
        var w = await CreateAsync(Db);
        await using var scope = Db.NewScope();
        var writer = scope.Get<CheckInWriter>();
        var taken = Record(w, Guid.NewGuid(), 0);
        Assert.Null(await writer.WriteAsync(taken, photo: null));

        var fresh = Enumerable.Range(1, 40).Select(i => Record(w, Guid.NewGuid(), i)).ToList();
        // Queued without waiting, so that they are written in as few transactions as the writer manages.
        var writes = fresh.Take(20).Select(r => writer.WriteAsync(r, photo: null))
            .Append(writer.WriteAsync(Record(w, taken.ClientId, 30), photo: null))
            .Concat(fresh.Skip(20).Select(r => writer.WriteAsync(r, photo: null)))
            .ToList();
        var answers = await Task.WhenAll(writes);

        Assert.Equal(taken.Id, Assert.Single(answers, a => a is not null)!.Id);
        Assert.Equal(taken.Id, answers[20]!.Id);
        var stored = await w.StoredAsync(Db);
        Assert.Equal(41, stored.Count);
        Assert.Equal(fresh.Select(r => r.ClientId).Append(taken.ClientId).Order(), stored.Select(c => c.ClientId).Order());
    }

    [Fact]
    public async Task Two_taps_of_one_client_id_in_a_batch_store_one_record_and_the_other_write_fails()
    {
        var w = await CreateAsync(Db);
        await using var scope = Db.NewScope();
        var writer = scope.Get<CheckInWriter>();
        var clientId = Guid.NewGuid();

        var writes = new[] { writer.WriteAsync(Record(w, clientId, 1), photo: null), writer.WriteAsync(Record(w, clientId, 1), photo: null) }
            .Select(async t =>
            {
                try
                {
                    return await t is null ? "written" : "stored";
                }
                catch (DbUpdateException)
                {
                    return "failed";
                }
            });
        var outcomes = await Task.WhenAll(writes);

        Assert.Contains("written", outcomes);
        Assert.Single(outcomes, o => o == "written");
        Assert.Single(await w.StoredAsync(Db));
    }

    [Fact]
    public async Task A_photo_is_stored_in_the_same_transaction_as_its_record()
    {
        var w = await CreateAsync(Db);
        await using var scope = Db.NewScope();
        var record = Record(w, Guid.NewGuid(), 5);
        var photo = new CheckInPhoto { CheckInId = record.Id, TenantId = record.TenantId, ContentType = "image/png", Content = [1, 2, 3] };

        await scope.Get<CheckInWriter>().WriteAsync(record, photo);

        await using var read = Db.NewScope().InTenant(w.Tenant.Id);
        var stored = await read.Db.CheckInPhotos.AsNoTracking().SingleAsync(p => p.CheckInId == record.Id);
        Assert.Equal([1, 2, 3], stored.Content);
    }

    public sealed class OnSqlite(SqliteFixture db) : CheckInWriterTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : CheckInWriterTests(db), IClassFixture<PostgresFixture>;
}
