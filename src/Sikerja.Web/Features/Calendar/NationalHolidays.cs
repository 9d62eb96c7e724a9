using Sikerja.Domain.Calendar;

namespace Sikerja.Web.Features.Calendar;

/// <summary>
/// The national holidays and collective leave days (cuti bersama) Sikerja ships, from the joint decrees of the
/// Ministers of Religious Affairs, Manpower and PANRB (SKB 3 Menteri): for 2025 No. 1017/2024, 2/2024, 2/2024
/// as amended by No. 933/2025, 1/2025, 3/2025 (18 August 2025); for 2026 No. 1497/2025, 2/2025, 5/2025.
/// New tenants get them; a tenant admin can load them again in one click. The file is Data/holidays-2025-2026.csv.
/// </summary>
public static class NationalHolidays
{
    public const string ResourceName = "Sikerja.Web.Features.Calendar.Data.holidays-2025-2026.csv";

    private static readonly Lazy<HolidayFileReading> Shipped = new(Read);

    public static string Description => "2025–2026";

    public static HolidayFileReading Reading => Shipped.Value;

    private static HolidayFileReading Read()
    {
        using var stream = typeof(NationalHolidays).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The shipped holiday file {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        var reading = HolidayCsv.Read(reader.ReadToEnd());
        return reading.Problems.Count == 0
            ? reading
            : throw new InvalidOperationException("The shipped holiday file is invalid: " + string.Join("; ", reading.Problems));
    }
}
