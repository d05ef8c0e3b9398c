using System.Net;
using Odp.Engine.Integrations.Trino;

namespace Odp.Engine.Workspaces.Files;

/// <summary>Everything the manifests of one workspace are rendered from.</summary>
internal sealed record WorkspaceContext(WorkspaceSpec Spec, WorkspaceOptions Options, Uri TrinoServer)
{
    public const string ServiceAccountName = "odp-workspace";
    public const string TrinoSecretName = "odp-trino";

    public string Name => Spec.Name;
    public string Namespace => WorkspaceNames.NamespacePrefix + Spec.Name;
    public string TrinoUrl => $"{TrinoServer.Scheme}://{TrinoServer.Host}:{TrinoServer.Port}";

    /// <summary>The host without brackets, e.g. <c>trino.internal</c>, <c>10.0.0.5</c> or <c>::1</c>.</summary>
    public string TrinoHost => TrinoServer.HostNameType == UriHostNameType.IPv6 ? TrinoServer.Host.Trim('[', ']') : TrinoServer.Host;
    public int TrinoPort => TrinoServer.Port;
    public bool TrinoHostIsAddress => IPAddress.TryParse(TrinoHost, out _);

    /// <summary>Catalogs the workspace holds grants in, lower-cased (as Trino names them), sorted.</summary>
    public IReadOnlyList<string> Catalogs =>
        [.. Spec.Grants.Select(g => g.Table.Catalog.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> Members => [.. Spec.Members.Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Each member's JupyterHub named server: <c>&lt;JupyterUrl&gt;/user/&lt;member&gt;/&lt;workspace&gt;/</c>.</summary>
    public IReadOnlyDictionary<string, string> JupyterUrls()
    {
        var jupyter = Options.JupyterUrl.TrimEnd('/');
        return Members.ToDictionary(m => m, m => $"{jupyter}/user/{Uri.EscapeDataString(m)}/{Name}/", StringComparer.Ordinal);
    }

    public static WorkspaceContext Create(WorkspaceSpec spec, WorkspaceOptions options, TrinoOptions trino) =>
        new(spec, options, TrinoConnectionInfo.ParseServer(trino.Url));
}
