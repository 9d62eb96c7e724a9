using Microsoft.AspNetCore.Http.HttpResults;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Rosters;
using Sikerja.Web.Features.Schedule;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

public static class AttendanceApi
{
    /// <summary>
    /// A check-in or check-out. <c>clientId</c> is made by the phone once and sent again on every retry;
    /// <c>deviceAt</c> is the phone's time with its offset; <c>photo</c> is a data URL where the tenant requires one.
    /// </summary>
    public sealed record CheckInRequest(
        Guid ClientId, CheckDirection? Direction, WorkMode? Mode, DateTime? DeviceAt,
        double? Latitude, double? Longitude, double? AccuracyMetres, string? QrToken, string? Photo);

    public sealed record ReceiptDto(
        Guid Id, Guid ClientId, DateOnly WorkDate, CheckDirection Direction, WorkMode Mode, CheckInMethod Method, Guid? Unit, string? Shift,
        int MinutesOff, IReadOnlyList<AttendanceFlags> Flags, DateTime DeviceAt, DateTime ReceivedAt, bool Duplicate)
    {
        public static ReceiptDto From(CheckInReceipt r) =>
            new(r.Id, r.ClientId, r.WorkDate, r.Direction, r.Mode, r.Method, r.UnitId, r.Shift, r.MinutesOff, r.FlagList, r.DeviceAt, r.ReceivedAt, r.Duplicate);
    }

    public sealed record OfficeDto(Guid Unit, string Name, string? Address, double Latitude, double Longitude, int RadiusMetres);

    /// <summary>The caller's day: <c>mode</c> is Office, Home, Off, NonWorking or NotPlanned; shift times are in <c>timeZone</c>.</summary>
    public sealed record TodayDto(
        DateOnly Date, string TimeZone, ScheduleDayKind Mode, string? Unit, OfficeDto? Office, IReadOnlyList<ScheduleApi.ShiftDto> Shifts,
        CheckDirection Next, bool RequirePhoto, IReadOnlyList<ReceiptDto> Records);

    public static RouteGroupBuilder MapAttendanceApi(this RouteGroupBuilder api)
    {
        var attendance = api.MapGroup("/attendance").WithTags("Attendance");
        attendance.MapPost("/check-ins", CheckInAsync)
            .WithSummary("Records the caller's check-in or check-out (201); a client id already stored answers 200 with the stored receipt and duplicate=true.");
        attendance.MapGet("/today", TodayAsync)
            .WithSummary("The caller's assignment today (mode, office, shifts and times) and today's records.");
        return api;
    }

    private static async Task<Results<Created<ReceiptDto>, Ok<ReceiptDto>, ValidationProblem, NotFound, ForbidHttpResult>> CheckInAsync(
        CheckInRequest body, CheckInService service, CancellationToken ct)
    {
        CheckInPhotoInput? photo = null;
        if (!string.IsNullOrEmpty(body.Photo))
        {
            (photo, var problem) = CheckInPhotoInput.FromDataUrl(body.Photo);
            if (problem is not null)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["photo"] = [problem] }, title: "Permintaan ditolak");
            }
        }
        var result = await service.RecordAsync(
            new CheckInInput(body.ClientId, body.Direction, body.Mode, body.DeviceAt, body.Latitude, body.Longitude, body.AccuracyMetres, body.QrToken, photo), ct);
        if (result is { IsDone: true, Value: { } receipt })
        {
            var dto = ReceiptDto.From(receipt);
            return receipt.Duplicate ? TypedResults.Ok(dto) : TypedResults.Created($"/api/v1/attendance/check-ins/{receipt.Id}", dto);
        }
        return result.ToHttp(ReceiptDto.From).Result switch
        {
            ValidationProblem p => p,
            ForbidHttpResult f => f,
            _ => TypedResults.NotFound(),
        };
    }

    private static async Task<Results<Ok<TodayDto>, ValidationProblem, NotFound, ForbidHttpResult>> TodayAsync(AttendanceToday today, CancellationToken ct) =>
        (await today.MineAsync(ct)).ToHttp(t => new TodayDto(
            t.Date, t.TimeZoneId, t.Day.Kind, t.Day.UnitName,
            t.Office is { } o ? new OfficeDto(o.UnitId, o.Name, o.Address, o.Latitude, o.Longitude, o.RadiusMetres) : null,
            [.. t.Day.ShiftList.Select(s => new ScheduleApi.ShiftDto(s.Code, s.Start, s.End))],
            t.Next, t.Settings.RequirePhoto, [.. t.Records.Select(ReceiptDto.From)]));
}
