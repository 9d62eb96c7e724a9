using System.Globalization;

namespace Sikerja.Web.Features.Demo;

/// <summary>Place names, streets and office coordinates of a demo regency around its town centre.</summary>
internal static class DemoPlaces
{
    /// <summary>A town centre in Central Java (WIB): plausible latitudes and longitudes for every office.</summary>
    public const double CentreLatitude = -7.3935;
    public const double CentreLongitude = 109.6975;

    /// <summary>About 111 km per degree: offsets below are written in kilometres.</summary>
    private const double KmPerDegree = 111.0;

    private static readonly string[] Heads = ["Suka", "Karang", "Tanjung", "Sungai", "Muara", "Bukit", "Teluk", "Batu", "Sumber", "Mekar", "Tanah", "Padang", "Rantau", "Simpang", "Lubuk", "Kampung", "Pasir", "Wono", "Sido", "Banjar"];
    private static readonly string[] Tails = ["Jaya", "Makmur", "Sari", "Baru", "Mulya", "Indah", "Harapan", "Rejo", "Asri", "Raya", "Lestari", "Agung", "Tengah", "Hilir", "Hulu", "Timur", "Barat", "Utara", "Selatan", "Damai", "Permai"];
    private static readonly HashSet<string> Joined = ["Suka", "Karang", "Sumber", "Mekar", "Wono", "Sido", "Banjar"];

    public static readonly string[] Streets =
    [
        "Jenderal Sudirman", "Ahmad Yani", "Diponegoro", "Gatot Subroto", "Pahlawan", "Veteran", "Merdeka", "Pemuda", "Pramuka",
        "Kartini", "Gajah Mada", "Hayam Wuruk", "Imam Bonjol", "Dr. Wahidin", "Slamet Riyadi", "Sultan Agung", "Cut Nyak Dien",
        "Pattimura", "Teuku Umar", "Pangeran Antasari", "Sisingamangaraja", "Yos Sudarso", "Kapten Tendean", "Mayjen Sutoyo",
    ];

    /// <summary><paramref name="count"/> new place names ("Sukamakmur", "Tanjung Harapan" …), never one in <paramref name="used"/>.</summary>
    public static List<string> Names(Random rng, int count, HashSet<string> used)
    {
        var made = Heads.SelectMany(h => Tails.Select(t => Joined.Contains(h) ? h + t.ToLowerInvariant() : $"{h} {t}")).ToList();
        Shuffle(rng, made);
        var result = new List<string>(count);
        for (var k = 0; result.Count < count; k++)
        {
            var round = k / made.Count;
            var name = made[k % made.Count] + (round == 0 ? "" : " " + (round + 1).ToString(CultureInfo.InvariantCulture));
            if (used.Add(name))
            {
                result.Add(name);
            }
        }
        return result;
    }

    public static string Address(Random rng, string place) => $"Jl. {DemoNames.Pick(rng, Streets)} No. {rng.Next(1, 180)}, {place}";

    /// <summary>A point at a random bearing, between <paramref name="minKm"/> and <paramref name="maxKm"/> from the given one.</summary>
    public static (double Latitude, double Longitude) Near(Random rng, double latitude, double longitude, double minKm, double maxKm)
    {
        var bearing = rng.NextDouble() * 2 * Math.PI;
        var km = minKm + rng.NextDouble() * (maxKm - minKm);
        var lat = latitude + km * Math.Cos(bearing) / KmPerDegree;
        var lon = longitude + km * Math.Sin(bearing) / (KmPerDegree * Math.Cos(latitude * Math.PI / 180));
        return (Math.Round(lat, 6), Math.Round(lon, 6));
    }

    public static string Slug(string text) =>
        string.Join('-', text.Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)])));

    public static void Shuffle<T>(Random rng, IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
