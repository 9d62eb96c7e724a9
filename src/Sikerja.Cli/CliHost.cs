using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sikerja.Web.Hosting;

namespace Sikerja.Cli;

/// <summary>
/// The services of Sikerja without a web server: the same configuration (appsettings.json beside the binary,
/// environment variables such as <c>ConnectionStrings__Postgres</c>) and the same database.
/// </summary>
internal static class CliHost
{
    public static IHost Build()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSikerjaCore(builder.Configuration, builder.Environment.ContentRootPath);
        return builder.Build();
    }
}
