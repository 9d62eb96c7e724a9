using System.Data.Common;
using System.Globalization;

namespace Sikerja.Web.Hosting;

/// <summary>
/// Timeouts for the web host's PostgreSQL connection string, where it does not set its own: a request fails in
/// seconds (503, see <see cref="DatabaseOutageHandler"/>) when the server cannot be reached, instead of holding a
/// phone's check-in for Npgsql's 15 s connect and 30 s command defaults. The command line keeps those defaults
/// for its long batch work.
/// <para>
/// Pooled connections are not reset on close (<c>No Reset On Close</c>): the reset is a <c>DISCARD ALL</c> round
/// trip each time EF Core hands a connection back, several per request, and Sikerja keeps no session state on a
/// connection (no SET, temporary tables, advisory locks or LISTEN; transactions end before the close). Hot
/// statements are prepared on the server automatically (<c>Max Auto Prepare</c>), so PostgreSQL parses and plans a
/// check-in's statements once per connection instead of once per request.
/// </para>
/// </summary>
public static class PostgresConnectionDefaults
{
    public const int ConnectTimeoutSeconds = 3;
    public const int CommandTimeoutSeconds = 5;

    private static readonly string[] ConnectKeys = ["timeout", "connecttimeout", "connectiontimeout"];
    private static readonly string[] CommandKeys = ["commandtimeout"];
    private static readonly string[] ResetKeys = ["noresetonclose"];
    private static readonly string[] PrepareKeys = ["maxautoprepare"];

    public static string Apply(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var keys = builder.Keys.Cast<string>().Select(k => k.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()).ToHashSet();
        if (!ConnectKeys.Any(keys.Contains))
        {
            builder["Timeout"] = ConnectTimeoutSeconds.ToString(CultureInfo.InvariantCulture);
        }
        if (!CommandKeys.Any(keys.Contains))
        {
            builder["Command Timeout"] = CommandTimeoutSeconds.ToString(CultureInfo.InvariantCulture);
        }
        if (!ResetKeys.Any(keys.Contains))
        {
            builder["No Reset On Close"] = "true";
        }
        if (!PrepareKeys.Any(keys.Contains))
        {
            builder["Max Auto Prepare"] = "32";
        }
        return builder.ConnectionString;
    }
}
