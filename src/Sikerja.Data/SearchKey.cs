using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.People;

namespace Sikerja.Data;

/// <summary>
/// A lower-case "name nip" shadow column on employees: one case-insensitive substring match on it works the
/// same on SQLite and PostgreSQL.
/// </summary>
public static class SearchKey
{
    public const string Column = "SearchKey";

    /// <summary>The number is lower-cased too: PPPK and non-ASN numbers may hold letters ("NA-000129").</summary>
    public static string For(Employee e) => $"{e.Name} {e.Nip}".ToLowerInvariant();

    public static IQueryable<Employee> Matching(this IQueryable<Employee> employees, string term)
    {
        var needle = term.Trim().ToLowerInvariant();
        return needle.Length == 0 ? employees : employees.Where(e => EF.Property<string>(e, Column).Contains(needle));
    }
}
