namespace Sikerja.Web.Features.Demo;

/// <summary>The block printed once the server listens: where to go and how to sign in to the demo.</summary>
public static class DemoBanner
{
    /// <summary>Written in one piece, so that log lines written at the same moment do not cut into it.</summary>
    public static void Write(TextWriter output, IReadOnlyCollection<string> urls, DemoListing demo)
    {
        var rule = new string('=', 78);
        using var block = new StringWriter();
        block.WriteLine();
        block.WriteLine(rule);
        block.WriteLine($"  Sikerja is running: {(urls.Count == 0 ? "(no address reported)" : string.Join("  ", urls))}");
        WriteLogins(block, demo);
        block.WriteLine(rule);
        block.WriteLine();
        output.Write(block.ToString());
        output.Flush();
    }

    /// <summary>The demo tenant and a table of its accounts: role, user name, password, name and post.</summary>
    public static void WriteLogins(TextWriter output, DemoListing demo)
    {
        var rows = demo.Logins.Select(l => new[] { l.Role, l.UserName, l.Password, l.Post is null ? l.Name : $"{l.Name} — {l.Post}" }).ToList();
        string[] header = ["role", "user name", "password", "name"];
        var widths = Enumerable.Range(0, 3).Select(c => rows.Select(r => r[c].Length).Append(header[c].Length).Max()).ToArray();
        string Line(string[] cells) => "  " + string.Join("  ", cells.Take(3).Select((cell, c) => cell.PadRight(widths[c]))) + "  " + cells[3];
        output.WriteLine($"  Demo tenant: {demo.TenantName} (code '{demo.TenantCode}'), {demo.Employees:N0} employees");
        output.WriteLine();
        output.WriteLine(Line(header));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row));
        }
    }
}
