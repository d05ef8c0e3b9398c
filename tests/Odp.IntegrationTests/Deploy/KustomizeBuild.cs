using System.Collections.Concurrent;
using k8s;
using Odp.IntegrationTests.Services;

namespace Odp.IntegrationTests.Deploy;

/// <summary>
/// <c>kubectl kustomize deploy/kubernetes/overlays/&lt;name&gt;</c>, every document loaded strictly (an unknown field
/// fails) into KubernetesClient's models. kubectl ships with this kind of machine; without it the tests fail, saying
/// so — <c>scripts/test</c> checks for it.
/// </summary>
internal static class KustomizeBuild
{
    public static readonly string[] Overlays = ["embedded", "ha", "gitops"];

    public static string Folder(string overlay) => Path.Combine(RepoRoot.Path, "deploy", "kubernetes", "overlays", overlay);

    private static readonly ConcurrentDictionary<string, Lazy<Task<RenderedManifests>>> Rendered = new(StringComparer.Ordinal);

    /// <summary>Rendered once per test run and overlay (kubectl takes a second or two); the tests only read it.</summary>
    public static Task<RenderedManifests> RenderAsync(string overlay) =>
        Rendered.GetOrAdd(overlay, o => new Lazy<Task<RenderedManifests>>(() => RenderNowAsync(o))).Value;

    private static async Task<RenderedManifests> RenderNowAsync(string overlay)
    {
        var kubectl = Kubectl();
        var yaml = await Command.RunAsync(kubectl, ["kustomize", Folder(overlay)]);
        return new RenderedManifests(overlay, KubernetesYaml.LoadAllFromString(yaml, typeMap: null, strict: true));
    }

    private static string Kubectl()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "kubectl"))
            .FirstOrDefault(File.Exists);
        Assert.True(path is not null,
            "kubectl is not on PATH: the Kubernetes manifests cannot be rendered. Install kubectl 1.27+ (it has Kustomize 5 built in); " +
            "scripts/test says where it looked.");
        return path!;
    }
}
