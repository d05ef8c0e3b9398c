using System.Text.Json;
using k8s.Models;

namespace Odp.IntegrationTests.Deploy;

/// <summary>
/// What every overlay in <c>deploy/kubernetes/overlays/</c> must hold once rendered: hardened containers with
/// requests, limits and the three probes, RBAC without wildcards, network policies that name their ports, and
/// references (volumes, claims, config, selectors) that resolve to rendered objects.
/// </summary>
public sealed class KustomizePostureTests
{
    public static TheoryData<string> Overlays => new(KustomizeBuild.Overlays);

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Containers_EveryOverlay_RequestAndLimitCpuAndMemory(string overlay)
    {
        var m = await KustomizeBuild.RenderAsync(overlay);

        Assert.All(m.Containers, c =>
        {
            Assert.NotNull(c.Resources);
            foreach (var resource in new[] { "cpu", "memory" })
            {
                Assert.True(c.Resources.Requests?.ContainsKey(resource), $"{c.Name}: no {resource} request");
                Assert.True(c.Resources.Limits?.ContainsKey(resource), $"{c.Name}: no {resource} limit");
            }
        });
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Containers_EveryOverlay_NonRootReadOnlyRootNoCapabilitiesRuntimeDefaultSeccomp(string overlay)
    {
        var m = await KustomizeBuild.RenderAsync(overlay);
        var pod = m.Pod.SecurityContext;

        Assert.All(m.Containers, c =>
        {
            var s = c.SecurityContext;
            Assert.NotNull(s);
            Assert.True(s.RunAsNonRoot ?? pod?.RunAsNonRoot, $"{c.Name}: runAsNonRoot");
            Assert.True((s.RunAsUser ?? pod?.RunAsUser) > 0, $"{c.Name}: runAsUser must be a numeric non-root uid");
            Assert.True(s.ReadOnlyRootFilesystem, $"{c.Name}: readOnlyRootFilesystem");
            Assert.False(s.AllowPrivilegeEscalation ?? true, $"{c.Name}: allowPrivilegeEscalation");
            Assert.False(s.Privileged ?? false, $"{c.Name}: privileged");
            Assert.Equal(["ALL"], s.Capabilities?.Drop ?? []);
            Assert.Null(s.Capabilities?.Add);
            Assert.Equal("RuntimeDefault", (s.SeccompProfile ?? pod?.SeccompProfile)?.Type);
        });
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Probes_EveryOverlay_LiveReadyAndStartupOnTheServedPort(string overlay)
    {
        var m = await KustomizeBuild.RenderAsync(overlay);
        var bot = m.Bot;
        var http = Assert.Single(bot.Ports, p => p.Name == "http");

        Assert.Equal(8080, http.ContainerPort);
        Assert.Equal("/healthz/live", bot.LivenessProbe?.HttpGet?.Path);
        Assert.Equal("/healthz/ready", bot.ReadinessProbe?.HttpGet?.Path);
        Assert.Equal("/healthz/live", bot.StartupProbe?.HttpGet?.Path);
        Assert.All(new[] { bot.LivenessProbe!, bot.ReadinessProbe!, bot.StartupProbe! }, p => Assert.Equal("http", p.HttpGet.Port.Value));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Rbac_EveryOverlay_NoWildcardInVerbsResourcesOrGroups(string overlay)
    {
        var m = await KustomizeBuild.RenderAsync(overlay);
        var rules = m.All<V1ClusterRole>().SelectMany(r => r.Rules ?? []).Concat(m.All<V1Role>().SelectMany(r => r.Rules ?? []));

        Assert.All(rules, rule =>
        {
            Assert.DoesNotContain("*", rule.Verbs);
            Assert.DoesNotContain("*", rule.Resources ?? []);
            Assert.DoesNotContain("*", rule.ApiGroups ?? []);
            Assert.Null(rule.NonResourceURLs);
            Assert.DoesNotContain("escalate", rule.Verbs);
            Assert.DoesNotContain("impersonate", rule.Verbs);
        });
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Image_EveryOverlay_PinnedToATag(string overlay)
    {
        var m = await KustomizeBuild.RenderAsync(overlay);

        Assert.All(m.Containers, c =>
        {
            var tag = c.Image[(c.Image.LastIndexOf('/') + 1)..].Split(':');
            Assert.True(tag.Length == 2 && tag[1] is not ("" or "latest"), $"{c.Image} names no version");
        });
        Assert.StartsWith("ghcr.io/opendataplane/odp:", m.Bot.Image, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Config_EveryOverlay_AppsettingsMountedWhereTheImageReadsIt(string overlay)
    {
        var m = await KustomizeBuild.RenderAsync(overlay);
        var mount = Assert.Single(m.Bot.VolumeMounts, v => v.MountPath == "/app/appsettings.json");
        var configMap = Assert.Single(m.All<V1ConfigMap>(), c => c.Metadata.Name == m.Volume(mount.Name).ConfigMap?.Name);

        Assert.Equal("appsettings.json", mount.SubPath);
        Assert.True(mount.ReadOnlyProperty);
        using var settings = JsonDocument.Parse(configMap.Data["appsettings.json"]);
        Assert.Equal(JsonValueKind.Object, settings.RootElement.GetProperty("Odp").ValueKind);
        Assert.Equal("/data", m.Env("Odp__Data").Value);
        Assert.Contains(m.Bot.VolumeMounts, v => v.MountPath == "/data");
        Assert.Contains(m.Bot.VolumeMounts, v => v.MountPath == "/tmp" && m.Volume(v.Name).EmptyDir is not null);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task References_EveryOverlay_ResolveToRenderedObjects(string overlay)
    {
        var m = await KustomizeBuild.RenderAsync(overlay);
        var labels = m.Deployment.Spec.Template.Metadata.Labels;

        Assert.All(m.Bot.VolumeMounts, mount => m.Volume(mount.Name));
        Assert.All(m.Pod.Volumes.Where(v => v.PersistentVolumeClaim is not null), v => m.Claim(v.PersistentVolumeClaim.ClaimName));
        Assert.Single(m.All<V1ServiceAccount>(), a => a.Metadata.Name == m.Pod.ServiceAccountName);
        Assert.True(Selects(m.Deployment.Spec.Selector.MatchLabels, labels), "the Deployment's selector misses its pods");
        var service = Assert.Single(m.All<V1Service>());
        Assert.True(Selects(service.Spec.Selector, labels), "the Service selects no bot pod");
        Assert.All(service.Spec.Ports, p => Assert.Contains(m.Bot.Ports, c => c.Name == p.TargetPort.Value));
        Assert.True(Selects(Assert.Single(m.All<V1PodDisruptionBudget>()).Spec.Selector.MatchLabels, labels), "the budget selects no bot pod");
        Assert.All(m.All<V1NetworkPolicy>(), p => Assert.True(Selects(p.Spec.PodSelector.MatchLabels, labels), $"{p.Metadata.Name} selects no bot pod"));
        Assert.All(m.Objects.Cast<IMetadata<V1ObjectMeta>>().Where(o => o is not (V1ClusterRole or V1ClusterRoleBinding)),
            o => Assert.Equal("odp", o.Metadata.NamespaceProperty));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task NetworkPolicies_EveryOverlay_DenyByDefaultAndEveryRuleNamesItsPorts(string overlay)
    {
        var m = await KustomizeBuild.RenderAsync(overlay);
        var main = Assert.Single(m.All<V1NetworkPolicy>(), p => p.Metadata.Name == "odp");

        Assert.Equal(["Ingress", "Egress"], main.Spec.PolicyTypes);
        Assert.Contains(main.Spec.Egress, rule => rule.Ports.Any(p => p.Port.Value == "53" && p.Protocol == "UDP"));
        Assert.All(main.Spec.Ingress, rule => Assert.Equal(["8080"], rule.Ports.Select(p => p.Port.Value)));
        Assert.All(m.All<V1NetworkPolicy>().SelectMany(p => p.Spec.Egress ?? []), rule => Assert.NotEmpty(rule.Ports ?? []));
        Assert.All(m.All<V1NetworkPolicy>().SelectMany(p => p.Spec.Egress ?? []), rule => Assert.NotEmpty(rule.To ?? []));
    }

    private static bool Selects(IDictionary<string, string>? selector, IDictionary<string, string> labels) =>
        selector is { Count: > 0 } && selector.All(s => labels.TryGetValue(s.Key, out var v) && v == s.Value);
}
