namespace Sikerja.Web.Hosting;

/// <summary>The <c>Sikerja</c> section of the configuration.</summary>
public sealed class SikerjaOptions
{
    public const string Section = "Sikerja";

    /// <summary>Apply pending migrations when the web host starts (otherwise run <c>sikerja migrate</c>).</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Seed the demo regency when the database has no tenant yet.</summary>
    public bool SeedDemoWhenEmpty { get; set; }

    public int DemoEmployees { get; set; } = 2000;

    /// <summary>Where the embedded SQLite database lives when no connection string is given.</summary>
    public string? DataDirectory { get; set; }
}
