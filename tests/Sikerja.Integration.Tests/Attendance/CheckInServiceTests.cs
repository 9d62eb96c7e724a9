using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Rosters;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Attendance;
using Sikerja.Web.Features.Shared;
using static Sikerja.Integration.Tests.Attendance.CheckInWorld;

namespace Sikerja.Integration.Tests.Attendance;

/// <summary>Check-ins against the published roster: at the office by location or QR code, at home, offline, twice.</summary>
public abstract class CheckInServiceTests(DatabaseFixture db) : DatabaseTest(db)
{
    private static CheckInReceipt Done(CommandResult<CheckInReceipt> result)
    {
        Assert.True(result.IsDone, string.Join("; ", result.Problems));
        return result.Value!;
    }

    [Fact]
    public async Task A_check_in_inside_the_office_radius_is_accepted_on_time_and_a_later_one_is_late_by_the_minutes()
    {
        var w = await CreateAsync(Db);
        var onTime = Done(await w.RecordAsync(Db, ClockAt(Day, 7, 25), AtOffice(Wib(Day, 7, 25))));
        Assert.Equal((Day, CheckDirection.In, WorkMode.Office, CheckInMethod.Location, w.Dinas.Id), (onTime.WorkDate, onTime.Direction, onTime.Mode, onTime.Method, onTime.UnitId));
        Assert.Equal(("PAGI", 0, AttendanceFlags.None, false), (onTime.Shift, onTime.MinutesOff, onTime.Flags, onTime.Duplicate));
        Assert.Equal(Wib(Day, 7, 25), onTime.ReceivedAt);

        var late = Done(await w.RecordAsync(Db, ClockAt(Day, 7, 42), AtOffice(Wib(Day, 7, 42), metresNorth: 25)));
        Assert.Equal(("PAGI", 12), (late.Shift, late.MinutesOff));

        var stored = await w.StoredAsync(Db);
        Assert.Equal([onTime.Id, late.Id], stored.Select(c => c.Id));
        Assert.Equal((onTime.ClientId, Wib(Day, 7, 25), 10.0), (stored[0].ClientId, stored[0].DeviceAt, stored[0].AccuracyMetres!.Value));
    }

    [Fact]
    public async Task Outside_the_radius_or_with_too_poor_accuracy_is_refused_with_the_reason_and_nothing_is_stored()
    {
        var w = await CreateAsync(Db);
        var outside = await w.RecordAsync(Db, ClockAt(Day, 7, 25), AtOffice(Wib(Day, 7, 25), metresNorth: 300));
        Assert.Equal(CommandStatus.Refused, outside.Status);
        var problem = Assert.Single(outside.Problems);
        Assert.Equal("location", problem.Where);
        Assert.Contains("300 m dari titik kantor", problem.Message, StringComparison.Ordinal);
        Assert.Contains("di luar radius kantor 100 m", problem.Message, StringComparison.Ordinal);

        // At the edge: 85 m away with 20 m accuracy could be outside.
        Assert.Equal("location", Assert.Single((await w.RecordAsync(Db, ClockAt(Day, 7, 25), AtOffice(Wib(Day, 7, 25), metresNorth: 85, accuracy: 20))).Problems).Where);
        Assert.Equal("accuracyMetres", Assert.Single((await w.RecordAsync(Db, ClockAt(Day, 7, 25), AtOffice(Wib(Day, 7, 25), metresNorth: 0, accuracy: 150))).Problems).Where);
        var noLocation = await w.RecordAsync(Db, ClockAt(Day, 7, 25), new CheckInInput(Guid.NewGuid(), CheckDirection.In, WorkMode.Office, Wib(Day, 7, 25)));
        Assert.Equal("location", Assert.Single(noLocation.Problems).Where);
        Assert.Empty(await w.StoredAsync(Db));
    }

    [Fact]
    public async Task The_offices_current_qr_code_checks_in_without_location_and_yesterdays_forged_or_anothers_does_not()
    {
        var w = await CreateAsync(Db);
        var now = ClockAt(Day, 7, 28);
        string current, yesterdays, another;
        await using (var scope = Db.NewScope())
        {
            // Data Protection checks a code's expiry by the real clock: the codes are made at real times.
            current = QrTokens(scope, TimeProvider.System).Issue(w.Tenant.Id, w.Dinas.Id, 60).Token;
            yesterdays = QrTokens(scope, new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-1))).Issue(w.Tenant.Id, w.Dinas.Id, 60).Token;
            another = QrTokens(scope, TimeProvider.System).Issue(w.Tenant.Id, w.OtherAgency.Id, 60).Token;
        }
        static CheckInInput QrInput(string token) => new(Guid.NewGuid(), CheckDirection.In, WorkMode.Office, Wib(Day, 7, 28), QrToken: token);

        foreach (var (token, expected) in new[]
                 {
                     (yesterdays, "kedaluwarsa"), (current[..^4] + "AAAA", "kedaluwarsa"), ("bukan-token", "kedaluwarsa"), (another, "kantor lain"),
                 })
        {
            var refused = await w.RecordAsync(Db, now, QrInput(token));
            Assert.Equal(CommandStatus.Refused, refused.Status);
            var problem = Assert.Single(refused.Problems);
            Assert.Equal("qrToken", problem.Where);
            Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        }
        Assert.Empty(await w.StoredAsync(Db));

        var accepted = Done(await w.RecordAsync(Db, now, QrInput(current)));
        Assert.Equal((CheckInMethod.QrCode, w.Dinas.Id, "PAGI", 0), (accepted.Method, accepted.UnitId, accepted.Shift, accepted.MinutesOff));
    }

    [Fact]
    public async Task A_wfh_day_takes_a_home_check_in_judged_by_the_policys_hours()
    {
        var w = await CreateAsync(Db);
        var home = Done(await w.RecordAsync(Db, ClockAt(Day.AddDays(1), 7, 50),
            new CheckInInput(Guid.NewGuid(), CheckDirection.In, WorkMode.Home, Wib(Day.AddDays(1), 7, 50), -7.70, 109.60, 15)));
        Assert.Equal((Day.AddDays(1), WorkMode.Home, (Guid?)null, (string?)null, 20, AttendanceFlags.None),
            (home.WorkDate, home.Mode, home.UnitId, home.Shift, home.MinutesOff, home.Flags));
    }

    [Fact]
    public async Task A_mode_or_day_the_roster_does_not_give_is_accepted_and_flagged_not_scheduled()
    {
        var w = await CreateAsync(Db);
        var homeOnOfficeDay = Done(await w.RecordAsync(Db, ClockAt(Day, 8, 0), new CheckInInput(Guid.NewGuid(), CheckDirection.In, WorkMode.Home, Wib(Day, 8, 0))));
        Assert.Equal((AttendanceFlags.NotScheduled, 0), (homeOnOfficeDay.Flags, homeOnOfficeDay.MinutesOff));
        var notPlanned = Done(await w.RecordAsync(Db, ClockAt(Day.AddDays(2), 7, 20), AtOffice(Wib(Day.AddDays(2), 7, 20))));
        Assert.Equal((AttendanceFlags.NotScheduled, (string?)null, w.Dinas.Id), (notPlanned.Flags, notPlanned.Shift, notPlanned.UnitId));
        Assert.Equal(2, (await w.StoredAsync(Db)).Count);
    }

    [Fact]
    public async Task The_same_client_id_twice_returns_the_stored_receipt_and_stores_one_row()
    {
        var w = await CreateAsync(Db);
        var input = AtOffice(Wib(Day, 7, 25));
        var first = Done(await w.RecordAsync(Db, ClockAt(Day, 7, 25), input));
        var again = Done(await w.RecordAsync(Db, ClockAt(Day, 7, 27), input with { Latitude = 0, Longitude = 0 }));
        Assert.True(again.Duplicate);
        Assert.Equal(first with { Duplicate = true }, again);
        Assert.Single(await w.StoredAsync(Db));
    }

    [Fact]
    public async Task Concurrent_duplicates_store_one_row_and_every_caller_gets_its_receipt()
    {
        var w = await CreateAsync(Db);
        var input = AtOffice(Wib(Day, 7, 25));
        var clock = ClockAt(Day, 7, 25);
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => w.RecordAsync(Db, clock, input))));
        var receipts = results.Select(Done).ToList();
        Assert.Single(receipts.Select(r => r.Id).Distinct());
        Assert.Single(receipts, r => !r.Duplicate);
        Assert.Single(await w.StoredAsync(Db));
    }

    [Fact]
    public async Task An_offline_record_counts_at_its_device_time_and_day_and_is_flagged_for_the_clock_gap()
    {
        var w = await CreateAsync(Db);
        // Checked in at 07:20 without signal, sent at 10:05.
        var offline = Done(await w.RecordAsync(Db, ClockAt(Day, 10, 5), AtOffice(Wib(Day, 7, 20))));
        Assert.Equal((Day, 0, AttendanceFlags.ClockGap), (offline.WorkDate, offline.MinutesOff, offline.Flags));
        Assert.Equal((Wib(Day, 7, 20), Wib(Day, 10, 5)), (offline.DeviceAt, offline.ReceivedAt));

        // Yesterday's check-out at 16:05, sent after midnight: it belongs to yesterday's two shifts.
        var lateSync = Done(await w.RecordAsync(Db, ClockAt(Day, 10, 6), AtOffice(Wib(Day.AddDays(-1), 16, 5), direction: CheckDirection.Out)));
        Assert.Equal((Day.AddDays(-1), "SIANG", 0, AttendanceFlags.ClockGap), (lateSync.WorkDate, lateSync.Shift, lateSync.MinutesOff, lateSync.Flags));

        var tooOld = await w.RecordAsync(Db, ClockAt(Day, 10, 7), AtOffice(Wib(Day.AddDays(-8), 7, 20)));
        Assert.Equal("deviceAt", Assert.Single(tooOld.Problems).Where);
    }

    [Fact]
    public async Task A_check_out_before_the_shifts_end_is_an_early_leave_and_a_forgotten_one_does_not_block_the_next_day()
    {
        var w = await CreateAsync(Db);
        Done(await w.RecordAsync(Db, ClockAt(Day.AddDays(-1), 7, 29), AtOffice(Wib(Day.AddDays(-1), 7, 29), metresNorth: 10)));
        // No check-out yesterday; today's check-in is accepted and today starts with a check-in again.
        await using (var scope = await AsAsync(w.StaffAccount))
        {
            var today = await ActivatorUtilities.CreateInstance<AttendanceToday>(scope.Services, ClockAt(Day, 7, 0)).MineAsync(CancellationToken.None);
            Assert.Equal((CheckDirection.In, 0), (today.Value!.Next, today.Value.Records.Count));
        }
        Done(await w.RecordAsync(Db, ClockAt(Day, 7, 30), AtOffice(Wib(Day, 7, 30), metresNorth: 30)));
        var early = Done(await w.RecordAsync(Db, ClockAt(Day, 11, 0), AtOffice(Wib(Day, 11, 0), metresNorth: 35, direction: CheckDirection.Out)));
        Assert.Equal((CheckDirection.Out, "PAGI", 30), (early.Direction, early.Shift, early.MinutesOff));
        await using (var scope = await AsAsync(w.StaffAccount))
        {
            var today = (await ActivatorUtilities.CreateInstance<AttendanceToday>(scope.Services, ClockAt(Day, 11, 1)).MineAsync(CancellationToken.None)).Value!;
            Assert.Equal(2, today.Records.Count);
            Assert.Equal(CheckDirection.In, today.Next);
            Assert.Equal(w.Dinas.Id, today.Office!.UnitId);
        }
    }

    [Fact]
    public async Task Implausible_locations_are_flagged_but_accepted()
    {
        var w = await CreateAsync(Db);
        var (lat, lon) = North(20);
        Done(await w.RecordAsync(Db, ClockAt(Day.AddDays(-1), 7, 25), new CheckInInput(Guid.NewGuid(), CheckDirection.In, WorkMode.Office, Wib(Day.AddDays(-1), 7, 25), lat, lon, 10)));
        // The same point to the centimetre a day later.
        var repeated = Done(await w.RecordAsync(Db, ClockAt(Day, 7, 25), new CheckInInput(Guid.NewGuid(), CheckDirection.In, WorkMode.Office, Wib(Day, 7, 25), lat, lon, 10)));
        Assert.Equal(AttendanceFlags.RepeatedLocation, repeated.Flags);
        // 60 km away a minute later, from home.
        var jump = Done(await w.RecordAsync(Db, ClockAt(Day, 7, 26), new CheckInInput(Guid.NewGuid(), CheckDirection.Out, WorkMode.Home, Wib(Day, 7, 26), lat + 0.55, lon, 10)));
        Assert.True(jump.Flags.HasFlag(AttendanceFlags.ImpossibleJump));
        Assert.True(jump.Flags.HasFlag(AttendanceFlags.NotScheduled));
    }

    [Fact]
    public async Task Only_an_employee_records_and_only_their_own()
    {
        var w = await CreateAsync(Db);
        var admin = await w.Tenant.AccountAsync(null, Sikerja.Domain.Access.Role.TenantAdmin);
        await using var scope = await AsAsync(admin);
        Assert.Equal(CommandStatus.Forbidden, (await Service(scope, ClockAt(Day, 7, 25)).RecordAsync(AtOffice(Wib(Day, 7, 25)), CancellationToken.None)).Status);
        var bad = await w.RecordAsync(Db, ClockAt(Day, 7, 25), new CheckInInput(Guid.Empty, null, WorkMode.Off, null, 95, 10, null));
        Assert.Equal(["clientId", "direction", "mode", "deviceAt", "latitude", "accuracyMetres"], bad.Problems.Select(p => p.Where));
    }

    [Fact]
    public async Task Where_the_tenant_requires_a_photo_a_check_in_without_one_is_refused_and_one_with_it_keeps_it()
    {
        var w = await CreateAsync(Db);
        await using (var scope = Db.NewScope().InTenant(w.Tenant.Id))
        {
            scope.Db.AttendanceSettings.Add(new AttendanceSettings { TenantId = w.Tenant.Id, RequirePhoto = true });
            await scope.Db.SaveChangesAsync();
        }
        var refused = await w.RecordAsync(Db, ClockAt(Day, 7, 25), AtOffice(Wib(Day, 7, 25)));
        Assert.Equal("photo", Assert.Single(refused.Problems).Where);
        var tooBig = await w.RecordAsync(Db, ClockAt(Day, 7, 25), AtOffice(Wib(Day, 7, 25)) with { Photo = new CheckInPhotoInput("image/jpeg", new byte[CheckInPhotoInput.MaxBytes + 1]) });
        Assert.Equal("photo", Assert.Single(tooBig.Problems).Where);

        var (photo, problem) = CheckInPhotoInput.FromDataUrl("data:image/jpeg;base64," + Convert.ToBase64String([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]));
        Assert.Null(problem);
        var accepted = Done(await w.RecordAsync(Db, ClockAt(Day, 7, 25), AtOffice(Wib(Day, 7, 25)) with { Photo = photo }));
        await using (var scope = Db.NewScope().InTenant(w.Tenant.Id))
        {
            var stored = await scope.Db.CheckInPhotos.AsNoTracking().SingleAsync(p => p.CheckInId == accepted.Id);
            Assert.Equal("image/jpeg", stored.ContentType);
            Assert.Equal([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3], stored.Content);
        }
        Assert.NotNull(CheckInPhotoInput.FromDataUrl("data:image/png,abc").Problem);
        Assert.NotNull(CheckInPhotoInput.FromDataUrl("data:image/png;base64,@@@").Problem);
    }

    [Fact]
    public async Task A_changed_time_zone_judges_the_next_check_in_at_once()
    {
        var w = await CreateAsync(Db);
        Done(await w.RecordAsync(Db, ClockAt(Day, 7, 25), AtOffice(Wib(Day, 7, 25))));
        var admin = await w.Tenant.EmployeeAsync(w.Dinas, Domain.People.PositionLevel.Staff, name: "Admin Pemda");
        await using (var scope = await Db.NewScope().AsAsync(await w.Tenant.AccountAsync(admin, Domain.Access.Role.TenantAdmin)))
        {
            var tenant = await scope.Db.Tenants.AsNoTracking().SingleAsync(t => t.Id == w.Tenant.Id);
            var saved = await scope.Get<Web.Features.Tenants.TenantService>().UpdateSettingsAsync(
                new Web.Features.Tenants.TenantSettingsInput(tenant.Name, "Asia/Jayapura", tenant.WorkWeek), CancellationToken.None);
            Assert.True(saved.IsDone, string.Join("; ", saved.Problems));
        }

        // 22:30 WIB is 00:30 WIT of the next day: the record belongs to that day now.
        var late = Done(await w.RecordAsync(Db, ClockAt(Day, 22, 31), new CheckInInput(Guid.NewGuid(), CheckDirection.In, WorkMode.Home, Wib(Day, 22, 30))));

        Assert.Equal(Day.AddDays(1), late.WorkDate);
    }

    public sealed class OnSqlite(SqliteFixture db) : CheckInServiceTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : CheckInServiceTests(db), IClassFixture<PostgresFixture>;
}
