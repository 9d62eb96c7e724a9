namespace Sikerja.Domain.Attendance;

/// <summary>An earlier located record of the same employee, as the plausibility checks compare with it.</summary>
public sealed record PriorFix(GeoPoint At, double AccuracyMetres, DateTime DeviceAt, DateOnly WorkDate);
