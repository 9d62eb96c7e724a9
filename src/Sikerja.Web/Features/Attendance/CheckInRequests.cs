using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Attendance;

/// <summary>Turns a check-in request body (API or page) into the service's input: the photo's data URL is decoded here.</summary>
public static class CheckInRequests
{
    public static async Task<CommandResult<CheckInReceipt>> RecordAsync(CheckInService service, AttendanceApi.CheckInRequest body, CancellationToken ct)
    {
        CheckInPhotoInput? photo = null;
        if (!string.IsNullOrEmpty(body.Photo))
        {
            (photo, var problem) = CheckInPhotoInput.FromDataUrl(body.Photo);
            if (problem is not null)
            {
                return CommandResult<CheckInReceipt>.Refused("photo", problem);
            }
        }
        return await service.RecordAsync(
            new CheckInInput(body.ClientId, body.Direction, body.Mode, body.DeviceAt, body.Latitude, body.Longitude, body.AccuracyMetres, body.QrToken, photo), ct);
    }
}
