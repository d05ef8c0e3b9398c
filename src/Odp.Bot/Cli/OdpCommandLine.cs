using System.CommandLine;

namespace Odp.Bot.Cli;

/// <summary>
/// <c>odp [serve]</c> starts the HTTP host; <c>odp chat</c> starts the local chat; <c>odp catalog sync</c> syncs the
/// catalog index once. All take --data, --catalog, --directory. <c>odp store copy</c> copies a LiteDB installation into
/// PostgreSQL.
/// </summary>
public static class OdpCommandLine
{
    public static RootCommand Build()
    {
        var data = new Option<string?>("--data") { Description = "Data directory (default ./odp-data; setting Odp:Data)", Recursive = true };
        var catalog = new Option<string?>("--catalog") { Description = "Catalog YAML file (setting Odp:Catalog:File)", Recursive = true };
        var directory = new Option<string?>("--directory") { Description = "Directory YAML file (setting Odp:Directory:File)", Recursive = true };
        HostOptions Read(ParseResult r) => new(r.GetValue(data), r.GetValue(catalog), r.GetValue(directory));

        var chat = new Command("chat", "Chat with the bot in this terminal, as any user of the directory.");
        chat.SetAction((result, ct) => StartupFailure.GuardAsync(() => ChatHost.RunAsync(Read(result), ct)));

        // ASP.NET Core's own arguments (--urls, --environment, --contentRoot…) pass through to the web host.
        var serve = new Command("serve", "Start the HTTP host (the default).") { TreatUnmatchedTokensAsErrors = false };
        serve.SetAction((result, ct) => ServeAsync(result, Read(result), ct));

        var sync = new Command("sync", "Sync the catalog index once from the catalog file and OpenMetadata, showing progress.");
        sync.SetAction((result, ct) => StartupFailure.GuardAsync(() =>
            CatalogSyncCommand.RunAsync(Read(result), Console.Out, Console.Error, terminal: !Console.IsOutputRedirected, configure: null, customize: null, ct)));
        var catalogCommand = new Command("catalog", "Catalog maintenance.") { sync };

        var from = new Option<string?>("--from") { Description = "Data directory of the LiteDB installation to copy (the folder holding odp.db)" };
        var toPostgres = new Option<string?>("--to-postgres") { Description = "Connection string of the PostgreSQL database to copy into (as Odp:Store:Postgres)" };
        var copy = new Command("copy", "Copy a LiteDB installation into PostgreSQL; running it again copies nothing.") { from, toPostgres };
        copy.SetAction((result, ct) => StoreCopyCommand.RunAsync(result.GetValue(from), result.GetValue(toPostgres), Console.Out, Console.Error, ct));
        var storeCommand = new Command("store", "Store maintenance.") { copy };

        var root = new RootCommand("OpenDataPlane: self-service data access from chat.") { data, catalog, directory, chat, serve, catalogCommand, storeCommand };
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((result, ct) =>
        {
            if (result.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith('-')) is { } word)
            {
                Console.Error.WriteLine($"Unknown command '{word}'. Use `chat` for the local chat, or `serve` (the default) for the HTTP host.");
                return Task.FromResult(1);
            }
            return ServeAsync(result, Read(result), ct);
        });
        return root;
    }

    private static async Task<int> ServeAsync(ParseResult result, HostOptions options, CancellationToken cancellationToken)
    {
        return await StartupFailure.GuardAsync(async () =>
        {
            await using var app = ServeHost.Build([.. result.UnmatchedTokens], options);
            await app.RunAsync(cancellationToken);
            return 0;
        });
    }
}
