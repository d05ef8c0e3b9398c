using k8s.Models;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Workspaces;
using Odp.Engine.Workspaces.Files;

namespace Odp.IntegrationTests.Deploy;

/// <summary>
/// The permissions direct mode uses, derived from the code: every object <see cref="WorkspaceObjects"/> builds, with
/// the three calls <c>KubernetesObjectApplier</c> makes on each (read → get, create → create, replace → update), plus
/// <c>bind</c> on the ClusterRole the workspace's RoleBinding refers to.
/// </summary>
internal static class WorkspaceRbac
{
    /// <summary>KubernetesWorkspaceProvisioner passes Read*, Create* and Replace* calls to the applier, nothing else.</summary>
    private static readonly string[] ApplierVerbs = ["get", "create", "update"];

    public static SortedSet<string> Expected()
    {
        var objects = WorkspaceObjects.Build(new WorkspaceSpec("analysts", "analysts", [], []), new WorkspaceOptions(), new TrinoOptions());
        var expected = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (_, o) in objects.WithFileNames())
        {
            foreach (var verb in ApplierVerbs) expected.Add(Permission(Group(o.ApiVersion), Plural(o.Kind), "", verb));
        }
        var roleRef = objects.RoleBinding.RoleRef;
        expected.Add(Permission(roleRef.ApiGroup, "clusterroles", roleRef.Name, "bind"));
        return expected;
    }

    /// <summary>Every (group, resource, name, verb) a set of rules grants, one string each.</summary>
    public static SortedSet<string> Granted(IEnumerable<V1PolicyRule> rules)
    {
        var granted = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            foreach (var group in rule.ApiGroups ?? [])
            foreach (var resource in rule.Resources ?? [])
            foreach (var name in rule.ResourceNames is { Count: > 0 } names ? names : [""])
            foreach (var verb in rule.Verbs)
                granted.Add(Permission(group, resource, name, verb));
        }
        return granted;
    }

    private static string Permission(string group, string resource, string name, string verb) =>
        $"{(group.Length == 0 ? "core" : group)}/{resource}{(name.Length == 0 ? "" : "/" + name)}: {verb}";

    private static string Group(string apiVersion) => apiVersion.Contains('/') ? apiVersion[..apiVersion.IndexOf('/')] : "";

    private static string Plural(string kind)
    {
        var lower = kind.ToLowerInvariant();
        return lower.EndsWith('y') ? lower[..^1] + "ies" : lower + "s";
    }
}
