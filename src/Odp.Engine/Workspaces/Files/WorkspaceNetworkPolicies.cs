using System.Net;
using System.Text.RegularExpressions;
using k8s.Models;

namespace Odp.Engine.Workspaces.Files;

/// <summary>
/// Deny all traffic by default, then allow DNS and Trino egress. Policies are additive, so the three
/// together allow exactly DNS and Trino out, and nothing in.
/// </summary>
internal static partial class WorkspaceNetworkPolicies
{
    public static V1NetworkPolicy DefaultDeny(WorkspaceContext context) => new()
    {
        ApiVersion = "networking.k8s.io/v1",
        Kind = "NetworkPolicy",
        Metadata = WorkspaceManifests.Metadata(context, "odp-default-deny"),
        Spec = new V1NetworkPolicySpec { PodSelector = new V1LabelSelector(), PolicyTypes = ["Ingress", "Egress"] },
    };

    /// <summary>UDP and TCP 53 to kube-dns in kube-system, so the Trino host name resolves under default deny.</summary>
    public static V1NetworkPolicy AllowDns(WorkspaceContext context) => Egress(
        context,
        "odp-allow-dns",
        new V1NetworkPolicyPeer
        {
            NamespaceSelector = ByNamespaceName("kube-system"),
            PodSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["k8s-app"] = "kube-dns" } },
        },
        [Port("UDP", 53), Port("TCP", 53)]);

    /// <summary>
    /// TCP to Trino's port. NetworkPolicy cannot match DNS names, so the destination is: the configured
    /// <c>TrinoEgressCidr</c>; else an ipBlock when the Trino URL holds an IP; else, for an in-cluster
    /// service name <c>svc.ns.svc[.cluster.local]</c>, that namespace; else any namespace
    /// (<c>namespaceSelector: {}</c>, in-cluster pods only), restricted to the port. A Trino outside the
    /// cluster reached by name needs <c>Odp:Workspaces:TrinoEgressCidr</c>.
    /// </summary>
    public static V1NetworkPolicy AllowTrino(WorkspaceContext context) =>
        Egress(context, "odp-allow-trino", TrinoPeer(context), [Port("TCP", context.TrinoPort)]);

    private static V1NetworkPolicyPeer TrinoPeer(WorkspaceContext context)
    {
        if (!string.IsNullOrWhiteSpace(context.Options.TrinoEgressCidr))
            return new V1NetworkPolicyPeer { IpBlock = new V1IPBlock { Cidr = context.Options.TrinoEgressCidr.Trim() } };
        if (IPAddress.TryParse(context.TrinoHost, out var address))
        {
            var bits = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? 128 : 32;
            return new V1NetworkPolicyPeer { IpBlock = new V1IPBlock { Cidr = $"{context.TrinoHost}/{bits}" } };
        }
        var service = ServiceName().Match(context.TrinoHost);
        return new V1NetworkPolicyPeer
        {
            NamespaceSelector = service.Success ? ByNamespaceName(service.Groups["ns"].Value) : new V1LabelSelector(),
        };
    }

    private static V1NetworkPolicy Egress(
        WorkspaceContext context, string name, V1NetworkPolicyPeer peer, IList<V1NetworkPolicyPort> ports) => new()
    {
        ApiVersion = "networking.k8s.io/v1",
        Kind = "NetworkPolicy",
        Metadata = WorkspaceManifests.Metadata(context, name),
        Spec = new V1NetworkPolicySpec
        {
            PodSelector = new V1LabelSelector(),
            PolicyTypes = ["Egress"],
            Egress = [new V1NetworkPolicyEgressRule { To = [peer], Ports = ports }],
        },
    };

    // The control plane sets this immutable label on every namespace.
    private static V1LabelSelector ByNamespaceName(string name) =>
        new() { MatchLabels = new Dictionary<string, string> { ["kubernetes.io/metadata.name"] = name } };

    private static V1NetworkPolicyPort Port(string protocol, int port) => new() { Protocol = protocol, Port = port };

    [GeneratedRegex(@"^[a-z0-9-]+\.(?<ns>[a-z0-9-]+)\.svc(\.cluster\.local)?\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex ServiceName();
}
