using System.Globalization;
using Sikerja.Domain.People;

namespace Sikerja.Web.Features.Demo;

/// <summary>
/// Gives every planned post a person: employment (structural posts PNS; about 10 % PPPK, mostly functional;
/// about 20 % non-ASN, mostly staff), gender, a birth date between 1965 and 2000, a valid and unique NIP (or NI
/// PPPK, or a non-ASN number "NA-000123"), a name of the right gender, a phone number, and for about 8 % (older
/// people more often) a reason to be kept at home.
/// </summary>
internal static class DemoPeople
{
    /// <summary>Ages are reckoned in this year, so that the same seed always gives the same people.</summary>
    private const int ReferenceYear = 2026;

    private static readonly int[] AppointmentMonths = [1, 1, 2, 3, 3, 4, 10, 12, 12];
    private static readonly string[] MobilePrefixes = ["11", "12", "13", "21", "22", "23", "52", "53", "14", "15", "16", "55", "56", "57", "58", "17", "18", "19", "59", "77", "78", "31", "32", "38", "95", "96", "97", "98", "99", "81", "82", "83", "85", "87", "88"];
    private static readonly string[] Reasons = ["komorbid: hipertensi", "komorbid: diabetes melitus", "komorbid: penyakit jantung koroner", "komorbid: asma", "komorbid: penyakit ginjal kronis", "masa pemulihan pascaoperasi", "autoimun, dalam terapi imunosupresan", "penyakit paru obstruktif kronis"];
    private static readonly string[] YoungMotherReasons = ["sedang hamil", "menyusui bayi di bawah 6 bulan"];

    private static readonly Dictionary<string, double> FemaleShare = new()
    {
        ["hospital"] = 0.7, ["healthcenter"] = 0.72, ["health"] = 0.6, ["school"] = 0.62, ["family"] = 0.6,
    };

    public static List<Employee> Make(Random rng, IReadOnlyList<Post> posts)
    {
        var n = posts.Count;
        var employment = Employment(rng, posts);
        var numbers = new HashSet<string>();
        var nonAsn = 0;
        var people = new List<Employee>(n);
        var ages = new int[n];
        var genders = new Gender[n];
        for (var i = 0; i < n; i++)
        {
            var post = posts[i];
            // Midwives (bidan) are women; elsewhere the share of women follows the kind of place.
            var female = rng.NextDouble() < FemaleShare.GetValueOrDefault(post.Context, post.IsStructural ? 0.42 : 0.48) || post.Title == "Bidan";
            var gender = genders[i] = female ? Gender.Female : Gender.Male;
            var (firstYear, lastYear) = employment[i] == Domain.People.Employment.NonAsn ? (1980, 2003) : BirthYears(post.Level);
            var birth = new DateOnly(rng.Next(firstYear, lastYear + 1), 1, 1).AddDays(rng.Next(365));
            ages[i] = ReferenceYear - birth.Year;
            var number = employment[i] switch
            {
                Domain.People.Employment.Pns => Nip(rng, birth, gender, post.IsStructural, numbers),
                Domain.People.Employment.Pppk => NiPppk(rng, birth, gender, numbers),
                _ => $"NA-{++nonAsn:000000}",
            };
            people.Add(new Employee
            {
                Nip = number,
                Name = DemoNames.Person(rng, gender, post.Level, post.Title, ages[i], post.Context),
                Employment = employment[i],
                Level = post.Level,
                Title = post.Title,
                Phone = rng.NextDouble() < 0.95 ? $"+628{DemoNames.Pick(rng, MobilePrefixes)}{rng.Next(10_000_000, 100_000_000)}" : null,
            });
        }
        KeepSomeAtHome(rng, people, ages, genders);
        return people;
    }

    private static (int First, int Last) BirthYears(PositionLevel level) => level switch
    {
        PositionLevel.Jpt => (1966, 1978),
        PositionLevel.Administrator => (1968, 1985),
        PositionLevel.Supervisor => (1969, 1993),
        PositionLevel.Functional => (1965, 2000),
        _ => (1968, 2000),
    };

    private static Employment[] Employment(Random rng, IReadOnlyList<Post> posts)
    {
        var n = posts.Count;
        var result = Enumerable.Repeat(Domain.People.Employment.Pns, n).ToArray();
        var pool = Enumerable.Range(0, n).Where(i => !posts[i].IsStructural && !posts[i].Heads).ToList();
        var pppk = TakeWeighted(rng, pool, (int)Math.Round(0.10 * n), i => posts[i].Level == PositionLevel.Functional ? 2.5 : 1.0);
        foreach (var i in pppk)
        {
            result[i] = Domain.People.Employment.Pppk;
        }
        var rest = pool.Where(i => result[i] == Domain.People.Employment.Pns).ToList();
        foreach (var i in TakeWeighted(rng, rest, (int)Math.Round(0.20 * n), i => posts[i].Level == PositionLevel.Staff ? 2.0 : 1.0))
        {
            result[i] = Domain.People.Employment.NonAsn;
        }
        return result;
    }

    /// <summary>A valid NIP: birth date, appointment (TMT CPNS) after the age of 20, gender digit, a unique sequence.</summary>
    private static string Nip(Random rng, DateOnly birth, Gender gender, bool structural, HashSet<string> numbers)
    {
        var latestAge = Math.Min(structural ? 30 : 35, 2025 - birth.Year);
        var year = birth.Year + rng.Next(21, Math.Max(21, latestAge) + 1);
        var month = DemoNames.Pick(rng, AppointmentMonths);
        return Unique(numbers, $"{birth:yyyyMMdd}{year:0000}{month:00}{(gender == Gender.Male ? 1 : 2)}", rng.Next(1, 1000));
    }

    /// <summary>An NI PPPK: birth date, appointment year, '2', the round (1), gender digit and a sequence.</summary>
    private static string NiPppk(Random rng, DateOnly birth, Gender gender, HashSet<string> numbers)
    {
        var year = Math.Max(birth.Year + 21, rng.Next(2019, 2026));
        return Unique(numbers, $"{birth:yyyyMMdd}{year:0000}21{(gender == Gender.Male ? 1 : 2)}", rng.Next(1, 1000));
    }

    private static string Unique(HashSet<string> numbers, string stem, int sequence)
    {
        for (var k = 0; k < 999; k++)
        {
            var number = stem + (((sequence - 1 + k) % 999) + 1).ToString("000", CultureInfo.InvariantCulture);
            if (numbers.Add(number))
            {
                return number;
            }
        }
        throw new InvalidOperationException($"No free sequence for {stem}.");
    }

    private static void KeepSomeAtHome(Random rng, List<Employee> people, int[] ages, Gender[] genders)
    {
        var chosen = TakeWeighted(rng, Enumerable.Range(0, people.Count).ToList(), (int)Math.Round(0.08 * people.Count), i => ages[i] > 50 ? 3.0 : 1.0);
        foreach (var i in chosen)
        {
            var person = people[i];
            var youngWoman = genders[i] == Gender.Female && ages[i] < 42;
            person.PriorityHome = true;
            person.PriorityHomeReason = youngWoman && rng.NextDouble() < 0.5 ? DemoNames.Pick(rng, YoungMotherReasons) : DemoNames.Pick(rng, Reasons);
        }
    }

    /// <summary>A weighted sample without replacement (Efraimidis–Spirakis keys), in a stable order.</summary>
    private static List<int> TakeWeighted(Random rng, List<int> pool, int count, Func<int, double> weight)
    {
        var keys = pool.Select(i => (Index: i, Key: Math.Pow(rng.NextDouble(), 1.0 / weight(i)))).ToList();
        return [.. keys.OrderByDescending(k => k.Key).ThenBy(k => k.Index).Take(count).Select(k => k.Index)];
    }
}
