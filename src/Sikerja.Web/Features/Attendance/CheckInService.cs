using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Querying;
using Sikerja.Data.Rosters;
using Sikerja.Domain;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.Rosters;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>
/// Records the caller's own check-in or check-out: judged against today's published roster, at the office by
/// location or QR code, or at home. The hot path is one read and one insert, committed together with the inserts of
/// concurrent requests (<see cref="CheckInWriter"/>); the tenant's zone and settings, a plan's shifts and an office
/// come from memory. A client id already stored returns the stored receipt, also when two identical requests race:
/// the unique index decides, and only then is the stored record read.
/// </summary>
public sealed class CheckInService(
    SikerjaDbContext db, CurrentUser user, TimeProvider time, AttendanceTenants tenants, PlanShifts planShifts, UnitOffices offices, OfficeQrTokens qrTokens,
    CheckInFactsReader factsReader, CheckInWriter writer)
{
    /// <summary>Earlier days compared for a location reported identically again.</summary>
    public const int PriorDays = 14;

    private const int PriorRecords = 12;

    /// <summary>A phone clock this far ahead of the server is refused, not flagged.</summary>
    private static readonly TimeSpan MaxAhead = TimeSpan.FromDays(1);

    /// <summary>An offline record older than this is refused: an admin records it by hand with a reason.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(7);

    public async Task<CommandResult<CheckInReceipt>> RecordAsync(CheckInInput input, CancellationToken ct)
    {
        if (user.EmployeeId is not { } me || user.TenantId is not { } tenantId)
        {
            return CommandResult<CheckInReceipt>.Forbidden();
        }
        var receivedAt = time.GetUtcNow().UtcDateTime;
        var problems = Validate(input, receivedAt).ToList();
        if (problems.Count > 0)
        {
            return CommandResult<CheckInReceipt>.Refused(problems);
        }
        var deviceAt = DateTime.SpecifyKind(input.DeviceAt!.Value.ToUniversalTime(), DateTimeKind.Utc);
        var (zone, settings) = await tenants.OfAsync(db, tenantId, ct);
        var workDate = RecordDate.Of(deviceAt, zone);
        var facts = await factsReader.ReadAsync(tenantId, me, workDate).WaitAsync(ct);
        if (facts is null)
        {
            return CommandResult<CheckInReceipt>.Forbidden();
        }
        if (settings.RequirePhoto && input.Photo is null)
        {
            return await RefusedUnlessStoredAsync(input.ClientId, me, new Problem("photo", "instansi mewajibkan foto saat presensi"), ct);
        }
        var mode = input.Mode!.Value;
        var direction = input.Direction!.Value;
        GeoPoint? at = input.Latitude is { } lat && input.Longitude is { } lon ? new GeoPoint(lat, lon) : null;

        var office = mode == WorkMode.Office && input.QrToken is null ? await offices.OfAsync(db, facts.UnitId, facts.UnitPath, ct) : null;
        var (place, method, refusal) = Place(input, facts, settings, office, tenantId, at);
        if (refusal is not null)
        {
            return await RefusedUnlessStoredAsync(input.ClientId, me, refusal, ct);
        }

        var day = await RosteredDayAsync(facts.Entries, ct);
        var punctuality = Punctuality.Judge(day, mode, direction, workDate, TimeZoneInfo.ConvertTimeFromUtc(deviceAt, zone), settings.LateToleranceMinutes);
        List<PriorFix> prior = at is null ? [] : await PriorAsync(me, deviceAt, ct);
        var flags = Plausibility.Flags(
            at, input.AccuracyMetres, deviceAt, receivedAt, workDate, prior, facts.HomeArea,
            mode == WorkMode.Home && settings.CheckHomeArea, settings);
        if (punctuality.NotScheduled)
        {
            flags |= AttendanceFlags.NotScheduled;
        }

        var record = new CheckIn
        {
            TenantId = tenantId,
            EmployeeId = me,
            ClientId = input.ClientId,
            Direction = direction,
            Mode = mode,
            Method = method,
            WorkDate = workDate,
            Shift = punctuality.Shift,
            DeviceAt = deviceAt,
            ReceivedAt = receivedAt,
            UnitId = place,
            Latitude = input.Latitude,
            Longitude = input.Longitude,
            AccuracyMetres = input.AccuracyMetres,
            MinutesOff = punctuality.MinutesOff,
            Flags = flags,
            RecordedBy = user.UserId,
        };
        return await InsertAsync(record, input.Photo, ct);
    }

    private async Task<CommandResult<CheckInReceipt>> InsertAsync(CheckIn record, CheckInPhotoInput? photo, CancellationToken ct)
    {
        var photoRow = photo is null
            ? null
            : new CheckInPhoto { CheckInId = record.Id, TenantId = record.TenantId, ContentType = photo.ContentType, Content = photo.Content };
        try
        {
            // Not cancelled with the request: once queued, the record is written, and a retry finds it stored.
            return await writer.WriteAsync(record, photoRow) is { } stored
                ? AnswerFor(stored, record.EmployeeId)
                : CommandResult<CheckInReceipt>.Done(CheckInReceipt.Of(record, duplicate: false));
        }
        catch (DbUpdateException)
        {
            // No read before the insert: the unique (tenant, client id) index decides whether the client id is new,
            // also when two identical requests race. The loser answers with the stored record.
            if (await StoredAsync(record.ClientId, record.EmployeeId, ct) is { } answer)
            {
                return answer;
            }
            throw;
        }
    }

    /// <summary>
    /// A refusal, unless the client id is already stored: a phone retrying a check-in the server took (say with a
    /// QR code that expired since) gets its receipt, as it would have before the refusing rule was reached.
    /// </summary>
    private async Task<CommandResult<CheckInReceipt>> RefusedUnlessStoredAsync(Guid clientId, Guid me, Problem refusal, CancellationToken ct) =>
        await StoredAsync(clientId, me, ct) ?? CommandResult<CheckInReceipt>.Refused([refusal]);

    /// <summary>The answer for a client id already stored: its receipt when it is the caller's, else a refusal; null when it is new.</summary>
    private async Task<CommandResult<CheckInReceipt>?> StoredAsync(Guid clientId, Guid me, CancellationToken ct)
    {
        var stored = await db.CheckIns.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == clientId, ct);
        return stored is null ? null : AnswerFor(stored, me);
    }

    /// <summary>The stored record's receipt when it is the caller's, else a refusal.</summary>
    private static CommandResult<CheckInReceipt> AnswerFor(CheckIn stored, Guid me) =>
        stored.EmployeeId == me
            ? CommandResult<CheckInReceipt>.Done(CheckInReceipt.Of(stored, duplicate: true))
            : CommandResult<CheckInReceipt>.Refused("clientId", "id presensi ini sudah dipakai untuk catatan lain; buat id baru");

    /// <summary>Where the record proves it was made: the office of a valid QR code or of a location inside its radius; home needs no proof.</summary>
    private (Guid? Unit, CheckInMethod Method, Problem? Refusal) Place(CheckInInput input, CheckInFacts facts, AttendanceSettings settings, OfficeFact? office, Guid tenantId, GeoPoint? at)
    {
        if (input.Mode == WorkMode.Home)
        {
            return input.QrToken is null
                ? (null, CheckInMethod.Location, null)
                : (null, CheckInMethod.QrCode, new Problem("qrToken", "kode QR kantor hanya untuk presensi di kantor"));
        }
        if (input.QrToken is not null)
        {
            var (payload, problem) = qrTokens.Read(input.QrToken, tenantId);
            if (problem is not null)
            {
                return (null, CheckInMethod.QrCode, problem);
            }
            return facts.UnitPath.Contains(OrgUnit.PathSegment(payload!.UnitId), StringComparison.Ordinal)
                ? (payload.UnitId, CheckInMethod.QrCode, null)
                : (null, CheckInMethod.QrCode, new Problem("qrToken", "kode QR ini milik kantor lain, bukan kantor unit Anda"));
        }
        if (office is null)
        {
            return (null, CheckInMethod.Location, new Problem("location", "kantor unit Anda belum punya titik lokasi; pindai kode QR kantor"));
        }
        if (at is not { } here)
        {
            return (null, CheckInMethod.Location, new Problem("location", "lokasi diperlukan untuk presensi di kantor; izinkan akses lokasi atau pindai kode QR kantor"));
        }
        var outside = OfficeGeofence.Judge(office.Location, here, input.AccuracyMetres ?? 0, settings.MaxAccuracyMetres);
        return (office.UnitId, CheckInMethod.Location, outside);
    }

    private async Task<RosteredDay> RosteredDayAsync(List<EntryFact> entries, CancellationToken ct)
    {
        // Rosters of one scope never overlap once published; an employee who moved agency may be in two: the later counts.
        if (entries.MaxBy(e => e.PublishedAt) is not { } entry)
        {
            return RosteredDay.NotPlanned;
        }
        var shifts = await planShifts.OfAsync(db, entry.PlanId, ct);
        return new RosteredDay(entry.Mode, shifts, [.. new ShiftSet((uint)entry.ShiftMask).Indexes()]);
    }

    /// <summary>The employee's latest located records of the last <see cref="PriorDays"/> days: read only for a located check-in.</summary>
    private Task<List<PriorFix>> PriorAsync(Guid me, DateTime deviceAt, CancellationToken ct)
    {
        var since = DateOnly.FromDateTime(deviceAt).AddDays(-1 - PriorDays);
        return db.CheckIns.AsNoTracking()
            .Where(c => c.EmployeeId == me && c.WorkDate >= since && c.Latitude != null && c.Longitude != null)
            .OrderByDescending(c => c.DeviceAt)
            .Take(PriorRecords)
            .Select(c => new PriorFix(new GeoPoint(c.Latitude!.Value, c.Longitude!.Value), c.AccuracyMetres ?? 0, c.DeviceAt, c.WorkDate))
            .ToListAsync(ct);
    }

    private static IEnumerable<Problem> Validate(CheckInInput input, DateTime receivedAt)
    {
        if (input.ClientId == Guid.Empty)
        {
            yield return new Problem("clientId", "id presensi (clientId) wajib diisi, dibuat oleh perangkat");
        }
        if (input.Direction is not { } direction || !Enum.IsDefined(direction))
        {
            yield return new Problem("direction", "arah wajib diisi: In (masuk) atau Out (pulang)");
        }
        if (input.Mode is not (WorkMode.Office or WorkMode.Home))
        {
            yield return new Problem("mode", "tempat kerja wajib diisi: Office (kantor) atau Home (rumah)");
        }
        if (input.DeviceAt is not { } deviceAt)
        {
            yield return new Problem("deviceAt", "waktu perangkat (deviceAt) wajib diisi");
        }
        else if (deviceAt.Kind == DateTimeKind.Unspecified)
        {
            yield return new Problem("deviceAt", "waktu perangkat harus menyebut zona waktunya (mis. 2026-03-02T07:25:00+07:00)");
        }
        else if (deviceAt.ToUniversalTime() > receivedAt + MaxAhead)
        {
            yield return new Problem("deviceAt", "waktu perangkat lebih dari sehari di masa depan; periksa jam ponsel");
        }
        else if (deviceAt.ToUniversalTime() < receivedAt - MaxAge)
        {
            yield return new Problem("deviceAt", $"presensi lebih dari {MaxAge.Days} hari yang lalu tidak diterima lagi; minta admin mencatatnya secara manual");
        }
        foreach (var problem in GeoPoint.RangeProblems(input.Latitude, input.Longitude))
        {
            yield return problem;
        }
        if ((input.Latitude is null) != (input.Longitude is null))
        {
            yield return new Problem(input.Latitude is null ? "latitude" : "longitude", "lintang dan bujur dikirim berdua");
        }
        if (input.AccuracyMetres is { } accuracy && accuracy is not (>= 0 and <= 100_000))
        {
            yield return new Problem("accuracyMetres", "akurasi harus antara 0 dan 100.000 meter");
        }
        if (input.Latitude is not null && input.AccuracyMetres is null)
        {
            yield return new Problem("accuracyMetres", "akurasi lokasi wajib dikirim bersama lokasi");
        }
        if (input.Photo is { } photo)
        {
            if (!CheckInPhotoInput.ContentTypes.Contains(photo.ContentType))
            {
                yield return new Problem("photo", "foto harus JPEG, PNG atau WebP");
            }
            if (photo.Content.Length is 0 or > CheckInPhotoInput.MaxBytes)
            {
                yield return new Problem("photo", $"foto harus ada isinya dan paling besar {CheckInPhotoInput.MaxBytes / 1024} KB");
            }
        }
    }
}
