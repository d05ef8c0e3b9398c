using k8s.Models;

namespace Odp.IntegrationTests.Deploy;

/// <summary>The objects one overlay renders to, by kind, with the lookups the posture tests share.</summary>
internal sealed class RenderedManifests(string overlay, IReadOnlyList<object> objects)
{
    public string Overlay { get; } = overlay;

    public IReadOnlyList<object> Objects { get; } = objects;

    public IEnumerable<T> All<T>() => Objects.OfType<T>();

    public V1Deployment Deployment => Assert.Single(All<V1Deployment>());

    public V1PodSpec Pod => Deployment.Spec.Template.Spec;

    public V1Container Bot => Assert.Single(Pod.Containers, c => c.Name == "odp");

    public IEnumerable<V1Container> Containers => Pod.Containers.Concat(Pod.InitContainers ?? []);

    public V1EnvVar Env(string name) => Assert.Single(Bot.Env, e => e.Name == name);

    public V1Volume Volume(string name) => Assert.Single(Pod.Volumes, v => v.Name == name);

    public V1PersistentVolumeClaim Claim(string name) => Assert.Single(All<V1PersistentVolumeClaim>(), c => c.Metadata.Name == name);

    public override string ToString() => Overlay;
}
