using Odp.Engine.Access;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Catalog;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Workspaces;

namespace Odp.Engine.Integrations.JupyterHub;

/// <summary>
/// Members' Jupyter servers, one named server per member and team workspace (server name = workspace name), started
/// with the member's Trino connection in the user options. Used by <see cref="JupyterServerStep"/> and by chat.
/// </summary>
public sealed class JupyterServers(
    JupyterHubClient hub,
    IWorkspaceStore workspaces,
    WorkspaceNaming naming,
    LiveGrants live,
    IOptions<JupyterHubOptions> options,
    IOptions<TrinoOptions> trino,
    ILogger<JupyterServers> logger)
{
    public bool Enabled => options.Value.Enabled;

    /// <summary>
    /// Makes sure <paramref name="user"/> exists on the hub and their server for <paramref name="group"/>'s workspace
    /// runs, then stores the URL the hub gave for it on the workspace record (<see cref="WorkspaceRecord.ServerUrls"/>).
    /// <paramref name="dataset"/> picks the Trino catalog and schema; null means the member's first live grant in the
    /// team, if any. Returns the server URL.
    /// </summary>
    public async Task<string> LaunchAsync(string user, string group, DatasetName? dataset, CancellationToken cancellationToken)
    {
        var server = await naming.NameOfAsync(group, cancellationToken);
        dataset ??= await FirstGrantAsync(user, group, cancellationToken);
        await hub.EnsureUserAsync(user, cancellationToken);
        var url = await hub.StartServerAsync(user, server, UserOptions(user, server, dataset), cancellationToken);
        logger.LogInformation("Jupyter server {Server} of {User} is ready at {Url}", server, user, url);
        await RememberAsync(group, user, url, cancellationToken);
        return url;
    }

    /// <summary>Stops <paramref name="user"/>'s server for <paramref name="group"/>'s workspace; already stopped is fine.</summary>
    public async Task StopAsync(string user, string group, CancellationToken cancellationToken) =>
        await hub.StopServerAsync(user, await naming.NameOfAsync(group, cancellationToken), remove: false, cancellationToken);

    /// <summary>The server's state on the hub, or null when it isn't running.</summary>
    public async Task<JupyterServerState?> StateAsync(string user, string group, CancellationToken cancellationToken) =>
        await hub.GetServerAsync(user, await naming.NameOfAsync(group, cancellationToken), cancellationToken);

    /// <summary>
    /// The spawn's user options: the workspace's (namespace, service account) plus <c>env</c>, the variables the
    /// notebook's Trino client reads. A hub's <c>pre_spawn_hook</c> copies <c>env</c> into the server's environment.
    /// </summary>
    public JsonObject UserOptions(string user, string server, DatasetName? dataset)
    {
        var trinoServer = TrinoConnectionInfo.ParseServer(trino.Value.Url);
        var env = new JsonObject
        {
            ["ODP_WORKSPACE"] = server,
            ["TRINO_URL"] = $"{trinoServer.Scheme}://{trinoServer.Host}:{trinoServer.Port}",
            ["TRINO_HTTP_SCHEME"] = trinoServer.Scheme,
            ["TRINO_HOST"] = trinoServer.IdnHost,
            ["TRINO_PORT"] = trinoServer.Port.ToString(CultureInfo.InvariantCulture),
            ["TRINO_USER"] = user,
        };
        if (dataset is not null)
        {
            var connection = TrinoConnectionInfo.For(trino.Value, user, dataset);
            env["TRINO_CATALOG"] = connection.Catalog;
            env["TRINO_SCHEMA"] = connection.Schema;
        }
        return new JsonObject
        {
            ["workspace"] = server,
            ["namespace"] = WorkspaceNames.NamespaceFor(server),
            ["env"] = env,
        };
    }

    private async Task<DatasetName?> FirstGrantAsync(string user, string group, CancellationToken cancellationToken)
    {
        var dataset = (await live.OfMemberAsync(user, group, cancellationToken))
            .Select(t => t.Dataset)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        return dataset is not null && DatasetName.TryParse(dataset, out var name) ? name : null;
    }

    private async Task RememberAsync(string group, string user, string url, CancellationToken cancellationToken)
    {
        var record = await workspaces.FindAsync(group, cancellationToken);
        if (record is null || record.ServerUrls.GetValueOrDefault(user) == url) return;
        var urls = new Dictionary<string, string>(record.ServerUrls, StringComparer.Ordinal) { [user] = url };
        await workspaces.SaveAsync(record with { ServerUrls = urls }, cancellationToken);
    }
}
