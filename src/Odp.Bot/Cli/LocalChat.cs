using Microsoft.Extensions.Options;
using Odp.Bot.Conversation;
using Odp.Bot.Platforms.Terminal;
using System.Globalization;
using Odp.Engine.Access;
using Odp.Engine.Catalog.Readiness;
using Odp.Engine.Directory;
using Odp.Engine.Workspaces.Provisioning;

namespace Odp.Bot.Cli;

/// <summary>
/// The local chat: reads lines, acts as the current user (<c>@bob text</c> switches user), prints each answer under its
/// command and every notification as it is sent (see <see cref="TerminalChannel"/>). Before the first line it waits,
/// bounded by <c>Odp:Chat:CatalogTimeout</c>, for the catalog's first sync when OpenMetadata or Trino discovery feeds
/// it (a progress line on a terminal; a line before and after when output is redirected; nothing with only the
/// catalog file). At end of input it waits, bounded, for provisioning still in flight.
/// </summary>
public sealed class LocalChat(
    CommandDispatcher dispatcher,
    IDirectory directory,
    TerminalChannel terminal,
    ProvisioningWorker provisioning,
    CatalogReadiness catalog,
    IOptions<ChatOptions> options,
    TimeProvider time)
{
    /// <param name="interactive">Input is typed: show a prompt and don't echo.</param>
    /// <param name="progressLine">Output is a terminal: progress redraws one line.</param>
    public async Task<int> RunAsync(TextReader input, TextWriter output, bool interactive, bool progressLine, CancellationToken cancellationToken)
    {
        var users = await directory.ListUsersAsync(cancellationToken);
        if (users.Count == 0)
        {
            await output.WriteLineAsync("The directory has no users, so there is nobody to chat as. Add users to the directory file.");
            return 1;
        }
        var current = users[0];
        await WaitForCatalogAsync(output, progressLine, cancellationToken);
        await output.WriteLineAsync(
            $"OpenDataPlane local chat. You are {current.Id} ({current.Name}). " +
            "Start a line with @user to act as someone else; /odp help lists the commands; end input (Ctrl-D) to quit.");
        await output.WriteLineAsync($"Users: {string.Join(", ", users.Select(u => u.Id))}\n");

        while (true)
        {
            if (interactive) terminal.Prompt($"{current.Id}> ");
            var line = await input.ReadLineAsync(cancellationToken);
            terminal.Prompt(null);
            if (line is null) break;
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('@'))
            {
                var split = line.IndexOfAny([' ', '\t']);
                var name = split < 0 ? line[1..] : line[1..split];
                var user = await directory.FindUserAsync(name, cancellationToken);
                if (user is null)
                {
                    await output.WriteLineAsync($"There is no user '{name}'. Users: {string.Join(", ", users.Select(u => u.Id))}.\n");
                    continue;
                }
                current = user;
                line = split < 0 ? "" : line[split..].Trim();
                if (line.Length == 0) continue;
            }
            terminal.BeginAnswer(current.Id, interactive ? null : $"{current.Id}> {line}");
            var reply = await dispatcher.DispatchAsync(
                new IncomingMessage(current.Id, new ConversationRef(TerminalChannel.Name, "@" + current.Id), line), cancellationToken);
            terminal.WriteAnswer(reply);
        }

        await DrainAsync(output, cancellationToken);
        return 0;
    }

    /// <summary>Waits for the catalog's first sync, within <see cref="ChatOptions.CatalogTimeout"/>.</summary>
    private async Task WaitForCatalogAsync(TextWriter output, bool progressLine, CancellationToken cancellationToken)
    {
        if (catalog.IsReady) return;
        var limit = options.Value.CatalogTimeout;
        await output.WriteLineAsync(
            $"Loading the catalog from {string.Join(" and ", catalog.Sources)} before reading commands (waiting at most {limit}, {ChatOptions.Section}:CatalogTimeout).");
        var printer = progressLine ? new SyncProgressPrinter(output, terminal: true) : null;
        var done = true;
        using (printer is null ? null : catalog.Watch(printer))
        {
            try
            {
                await catalog.WhenReady.WaitAsync(DurationText.Parse(limit), time, cancellationToken);
            }
            catch (TimeoutException)
            {
                done = false;
            }
        }
        printer?.Finish();
        var count = catalog.Datasets.ToString("N0", CultureInfo.InvariantCulture);
        await output.WriteLineAsync(
            !done ? $"The catalog is still loading after {limit} ({ChatOptions.Section}:CatalogTimeout), with {count} datasets so far. "
                + "Searches say so until it is done."
            : catalog.FirstSyncError is { } error ? $"The catalog's first sync failed, so searches answer from what the index held before: {error}"
            : $"The catalog is loaded: {count} datasets.");
    }

    /// <summary>Finishes provisioning that is still waiting, within the configured bound.</summary>
    private async Task DrainAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + DurationText.Parse(options.Value.DrainTimeout);
        while (await provisioning.HasWorkAsync(cancellationToken))
        {
            if (time.GetUtcNow() >= deadline)
            {
                await output.WriteLineAsync(
                    $"Provisioning is still running after {options.Value.DrainTimeout}; it resumes the next time OpenDataPlane starts.");
                return;
            }
            await provisioning.RunOnceAsync(cancellationToken);
        }
    }
}
