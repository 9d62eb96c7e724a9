using System.Data.Common;
using System.Globalization;

namespace Sikerja.Web.Hosting;

/// <summary>
/// Timeouts for the web host's PostgreSQL connection string, where it does not set its own: a request fails in
/// seconds (503, see <see cref="DatabaseOutageHandler"/>) when the server cannot be reached, instead of holding a
/// phone's check-in for Npgsql's 15 s connect and 30 s command defaults. The command line keeps those defaults
/// for its long batch work.
/// </summary>
public static class PostgresConnectionDefaults
{
    public const int ConnectTimeoutSeconds = 3;
    public const int CommandTimeoutSeconds = 5;

    private static readonly string[] ConnectKeys = ["timeout", "connecttimeout", "connectiontimeout"];
    private static readonly string[] CommandKeys = ["commandtimeout"];

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
        return builder.ConnectionString;
    }
}
