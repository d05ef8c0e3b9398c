using Odp.Bot.Hosting;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Sync;
using Odp.Engine.Hosting;
using Odp.Engine.Integrations.OpenMetadata;
using Odp.Engine.Integrations.Trino;

namespace Odp.Bot.Cli;

/// <summary>
/// <c>odp catalog sync</c>: one catalog sync (the file, then Trino's tables with <c>Odp:Trino:Discover=true</c>, then
/// OpenMetadata when <c>Odp:OpenMetadata:Url</c> and <c>Token</c> are set) into the catalog index, with progress and a summary. Exit 0 when done, 1 when a source
/// failed (the index is left as it was), 2 when the configuration is wrong or no index is registered.
/// </summary>
public static class CatalogSyncCommand
{
    /// <param name="configure">Adds settings before the engine is registered (tests).</param>
    /// <param name="customize">Adds or replaces services, e.g. an index, after the engine is registered (tests).</param>
    public static async Task<int> RunAsync(
        HostOptions options,
        TextWriter output,
        TextWriter errors,
        bool terminal,
        Action<IConfigurationBuilder>? configure,
        Action<IServiceCollection>? customize,
        CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = OdpDefaults.Embedded() });
        builder.Configuration.AddInMemoryCollection(OdpDefaults.Overrides(options.Data, options.Catalog, options.Directory));
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        builder.Logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        configure?.Invoke(builder.Configuration);
        builder.Services.AddOdpEngine(builder.Configuration);
        customize?.Invoke(builder.Services);
        if (!builder.Services.Any(d => d.ServiceType == typeof(ICatalogIndex)))
        {
            await errors.WriteLineAsync("OpenDataPlane could not start: no catalog index is configured, so there is nothing to sync into.");
            return StartupFailure.ExitCode;
        }
        builder.Services.AddCatalogSync();

        using var host = builder.Build();
        var sources = host.Services.GetServices<ICatalogSource>().Select(s => s.Name).ToList();
        if (sources is ["file"])
        {
            await output.WriteLineAsync(
                $"OpenMetadata and Trino discovery are off (set {OpenMetadataOptions.Section}:Url and :Token, or {TrinoServiceCollectionExtensions.DiscoverSetting}=true); syncing the catalog file only.");
        }

        var printer = new SyncProgressPrinter(output, terminal);
        try
        {
            var report = await host.Services.GetRequiredService<CatalogSync>().RunAsync(printer, cancellationToken);
            printer.Finish();
            await WriteSummaryAsync(output, report);
            return 0;
        }
        catch (Exception e) when (e is OpenMetadataException or CatalogSourceException)
        {
            printer.Finish();
            await errors.WriteLineAsync($"Catalog sync failed; the index is unchanged. {e.Message}");
            return 1;
        }
    }

    private static async Task WriteSummaryAsync(TextWriter output, SyncReport report)
    {
        await output.WriteLineAsync(
            $"Catalog synced ({(report.Full ? "full" : "incremental")}): {report.Added} added, {report.Updated} updated, "
            + $"{report.Removed} removed, {report.Unchanged} unchanged in {report.Elapsed.TotalSeconds:0.0}s.");
        if (report.SkippedCount > 0)
        {
            var more = report.SkippedCount > report.Skipped.Count ? $" (the first {report.Skipped.Count}; the log has every one)" : "";
            await output.WriteLineAsync(
                $"{report.SkippedCount} malformed entit{(report.SkippedCount == 1 ? "y was" : "ies were")} skipped{more}:{Environment.NewLine}  "
                + string.Join(Environment.NewLine + "  ", report.Skipped));
        }
        if (report.UnmappedOwners.Count > 0)
        {
            await output.WriteLineAsync(
                $"{report.UnmappedOwners.Count} OpenMetadata owner(s) match no directory user or group and were left out: {string.Join(", ", report.UnmappedOwners)}");
        }
    }
}
