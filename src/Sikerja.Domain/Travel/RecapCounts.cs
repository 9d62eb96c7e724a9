namespace Sikerja.Domain.Travel;

/// <summary>
/// The counts of a recap (or of several, consolidated): trips per category and purpose with totals, and how many
/// distinct people travelled (a person is their NIP; one who travels twice is one person and two trips).
/// </summary>
public sealed class RecapCounts
{
    private static readonly TravelCategory[] AllCategories = Enum.GetValues<TravelCategory>();
    private static readonly TravelPurpose[] AllPurposes = Enum.GetValues<TravelPurpose>();

    private readonly int[,] _trips = new int[AllCategories.Length, AllPurposes.Length];
    private readonly HashSet<string>[] _peopleByCategory = [.. AllCategories.Select(_ => new HashSet<string>(StringComparer.Ordinal))];
    private readonly HashSet<string> _people = new(StringComparer.Ordinal);

    public static IReadOnlyList<TravelCategory> Categories => AllCategories;

    public static IReadOnlyList<TravelPurpose> Purposes => AllPurposes;

    /// <summary>Counts the given lines as they are (select them with <see cref="RecapRules.Lines"/> first).</summary>
    public static RecapCounts Of(IEnumerable<RecapTrip> lines)
    {
        var counts = new RecapCounts();
        foreach (var line in lines)
        {
            counts._trips[(int)line.Category, (int)line.Purpose]++;
            counts._peopleByCategory[(int)line.Category].Add(line.Nip);
            counts._people.Add(line.Nip);
        }
        return counts;
    }

    public int Trips(TravelCategory category, TravelPurpose purpose) => _trips[(int)category, (int)purpose];

    public int Trips(TravelCategory category) => AllPurposes.Sum(p => Trips(category, p));

    public int Trips(TravelPurpose purpose) => AllCategories.Sum(c => Trips(c, purpose));

    public int TotalTrips => AllCategories.Sum(Trips);

    public int People(TravelCategory category) => _peopleByCategory[(int)category].Count;

    /// <summary>Distinct people over all categories (one whose category changed within the month counts once).</summary>
    public int TotalPeople => _people.Count;
}
