using System.CommandLine;
using Sikerja.Cli;

var root = new RootCommand("Sikerja: sistem kerja ASN — command line for admin and batch work")
{
    DatabaseCommands.Migrate(),
    AccountCommands.CreateAdmin(),
    OrganisationCommands.Import(),
    OrganisationCommands.Export(),
    TenantCommands.Tenant(),
    DemoCommands.SeedDemo(),
    RosterCommands.Roster(CliConsole.Standard),
    ScenarioCommands.Scenario(),
    ReportCommands.Reports(CliConsole.Standard, CliHost.Build),
    TravelCommands.Travel(CliConsole.Standard, CliHost.Build),
};
return await CliRunner.RunAsync(root, args);
