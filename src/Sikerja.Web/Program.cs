using Sikerja.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSikerjaWeb();

var app = builder.Build();
app.UseSikerjaWeb();
await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>The web host's entry point; public so that tests can start it.</summary>
public partial class Program;
