using k8s.Models;

namespace Odp.IntegrationTests.Deploy;

/// <summary>
/// What each overlay is for: <c>embedded</c> one replica on a claim, <c>ha</c> replicas on PostgreSQL that survive a
/// node, <c>gitops</c> without any Kubernetes permission; and, where workspaces are applied directly, RBAC that is
/// exactly what the provisioner uses.
/// </summary>
public sealed class KustomizeOverlayTests
{
    public static TheoryData<string> DirectOverlays => new("embedded", "ha");

    public static TheoryData<string> ReplicatedOverlays => new("ha", "gitops");

    [Fact]
    public async Task Embedded_Deployment_OneReplicaRecreatedOnAReadWriteOnceClaim()
    {
        var m = await KustomizeBuild.RenderAsync("embedded");
        var data = m.Volume(Assert.Single(m.Bot.VolumeMounts, v => v.MountPath == "/data").Name);

        Assert.Equal(1, m.Deployment.Spec.Replicas);
        Assert.Equal("Recreate", m.Deployment.Spec.Strategy.Type);
        Assert.Null(m.Deployment.Spec.Strategy.RollingUpdate);
        Assert.NotNull(data.PersistentVolumeClaim);
        Assert.Null(data.EmptyDir);
        Assert.Equal(["ReadWriteOnce"], m.Claim(data.PersistentVolumeClaim.ClaimName).Spec.AccessModes);
        Assert.DoesNotContain(m.Bot.Env, e => e.Name == "Odp__Store__Postgres");
    }

    [Theory]
    [MemberData(nameof(ReplicatedOverlays))]
    public async Task Replicated_Deployment_TwoOrMoreReplicasOnePerNodeOnPostgresFromASecret(string overlay)
    {
        var m = await KustomizeBuild.RenderAsync(overlay);
        var antiAffinity = Assert.Single(m.Pod.Affinity.PodAntiAffinity.RequiredDuringSchedulingIgnoredDuringExecution);
        var postgres = m.Env("Odp__Store__Postgres");

        Assert.True(m.Deployment.Spec.Replicas >= 2);
        Assert.Equal("kubernetes.io/hostname", antiAffinity.TopologyKey);
        Assert.All(antiAffinity.LabelSelector.MatchLabels, l => Assert.Equal(l.Value, m.Deployment.Spec.Template.Metadata.Labels[l.Key]));
        Assert.Null(postgres.Value);
        Assert.Equal("odp-postgres", postgres.ValueFrom.SecretKeyRef.Name);
        Assert.False(postgres.ValueFrom.SecretKeyRef.Optional ?? false);
    }

    [Theory]
    [MemberData(nameof(ReplicatedOverlays))]
    public async Task Replicated_PodDisruptionBudget_KeepsOneServing(string overlay)
    {
        var m = await KustomizeBuild.RenderAsync(overlay);
        var budget = Assert.Single(m.All<V1PodDisruptionBudget>());

        Assert.Equal("1", budget.Spec.MinAvailable?.Value);
        Assert.Null(budget.Spec.MaxUnavailable);
    }

    [Theory]
    [MemberData(nameof(ReplicatedOverlays))]
    public async Task Replicated_RulesFile_OnAReadWriteManyClaimEveryReplicaMounts(string overlay)
    {
        var m = await KustomizeBuild.RenderAsync(overlay);
        var rulesFile = m.Env("Odp__Trino__RulesFile").Value;
        var mount = Assert.Single(m.Bot.VolumeMounts, v => rulesFile.StartsWith(v.MountPath.TrimEnd('/') + "/", StringComparison.Ordinal));
        var claim = m.Claim(m.Volume(mount.Name).PersistentVolumeClaim.ClaimName);

        Assert.Equal(["ReadWriteMany"], claim.Spec.AccessModes);
        Assert.False(mount.ReadOnlyProperty ?? false);
        // /data stays each replica's own: the catalog index and caches are per replica (docs/architecture.md).
        Assert.NotNull(m.Volume(Assert.Single(m.Bot.VolumeMounts, v => v.MountPath == "/data").Name).EmptyDir);
    }

    [Theory]
    [MemberData(nameof(DirectOverlays))]
    public async Task Direct_ClusterRole_GrantsExactlyWhatTheProvisionerUses(string overlay)
    {
        var m = await KustomizeBuild.RenderAsync(overlay);
        var role = Assert.Single(m.All<V1ClusterRole>());

        Assert.Equal(WorkspaceRbac.Expected(), WorkspaceRbac.Granted(role.Rules));
        Assert.Empty(m.All<V1Role>());
        Assert.Empty(m.All<V1RoleBinding>());
    }

    [Theory]
    [MemberData(nameof(DirectOverlays))]
    public async Task Direct_ClusterRoleBinding_BindsTheBotsServiceAccountWhoseTokenIsMounted(string overlay)
    {
        var m = await KustomizeBuild.RenderAsync(overlay);
        var binding = Assert.Single(m.All<V1ClusterRoleBinding>());
        var subject = Assert.Single(binding.Subjects);

        Assert.Equal(Assert.Single(m.All<V1ClusterRole>()).Metadata.Name, binding.RoleRef.Name);
        Assert.Equal("ClusterRole", binding.RoleRef.Kind);
        Assert.Equal(("ServiceAccount", m.Pod.ServiceAccountName, m.Deployment.Metadata.NamespaceProperty), (subject.Kind, subject.Name, subject.NamespaceProperty));
        Assert.True(m.Pod.AutomountServiceAccountToken);
        Assert.Equal("direct", m.Env("Odp__Workspaces__Mode").Value);
        Assert.Equal("true", m.Env("Odp__Workspaces__InCluster").Value);
        Assert.Single(m.All<V1NetworkPolicy>(), p => p.Metadata.Name == "odp-egress-kubernetes-api");
    }

    [Fact]
    public async Task Gitops_Rbac_NoRoleNoBindingNoToken()
    {
        var m = await KustomizeBuild.RenderAsync("gitops");

        Assert.Empty(m.All<V1ClusterRole>());
        Assert.Empty(m.All<V1ClusterRoleBinding>());
        Assert.Empty(m.All<V1Role>());
        Assert.Empty(m.All<V1RoleBinding>());
        Assert.False(m.Pod.AutomountServiceAccountToken ?? true);
        Assert.False(Assert.Single(m.All<V1ServiceAccount>()).AutomountServiceAccountToken ?? true);
        Assert.DoesNotContain(m.Bot.Env, e => e.Name == "Odp__Workspaces__InCluster");
    }

    [Fact]
    public async Task Gitops_GitLabSettings_FromASecret()
    {
        var m = await KustomizeBuild.RenderAsync("gitops");

        Assert.Equal("gitops", m.Env("Odp__Workspaces__Mode").Value);
        Assert.All(new[] { "Url", "Token", "Project" }, setting =>
        {
            var env = m.Env($"Odp__GitLab__{setting}");
            Assert.Null(env.Value);
            Assert.Equal("odp-gitlab", env.ValueFrom.SecretKeyRef.Name);
        });
        Assert.Single(m.All<V1NetworkPolicy>(), p => p.Metadata.Name == "odp-egress-gitlab");
    }
}
