using System.CommandLine;
using Sikerja.Cli.Roster;

var root = new RootCommand("sikerja-roster: plans and checks duty rosters of roster scenarios, without a database")
{
    RosterCommands.Roster(CliConsole.Standard),
};
return await CliRunner.RunAsync(root, args);
