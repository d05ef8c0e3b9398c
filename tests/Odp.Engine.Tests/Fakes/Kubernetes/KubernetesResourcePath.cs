namespace Odp.Engine.Tests.Fakes.Kubernetes;

/// <summary>
/// A parsed REST path: <c>/api/v1/namespaces[/{name}]</c>, <c>/api/v1/namespaces/{ns}/{plural}[/{name}]</c>
/// or <c>/apis/{group}/{version}/namespaces/{ns}/{plural}[/{name}]</c>.
/// </summary>
internal sealed record KubernetesResourcePath(string Group, string Version, string Plural, string? Namespace, string? Name)
{
    public string Resource => $"{Group}/{Version}/{Plural}";

    public static KubernetesResourcePath? Parse(string path)
    {
        var s = path.Trim('/').Split('/');
        string group, version;
        string[] rest;
        if (s.Length >= 2 && s[0] == "api") (group, version, rest) = ("", s[1], s[2..]);
        else if (s.Length >= 3 && s[0] == "apis") (group, version, rest) = (s[1], s[2], s[3..]);
        else return null;
        return rest switch
        {
            ["namespaces"] => new(group, version, "namespaces", null, null),
            ["namespaces", var name] => new(group, version, "namespaces", null, name),
            ["namespaces", var ns, var plural] => new(group, version, plural, ns, null),
            ["namespaces", var ns, var plural, var name] => new(group, version, plural, ns, name),
            _ => null,
        };
    }
}
