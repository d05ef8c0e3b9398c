namespace Odp.IntegrationTests.JupyterHub;

/// <summary>The tests that share one JupyterHub; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class JupyterHubCollection : ICollectionFixture<JupyterHubFixture>
{
    public const string Name = "jupyterhub";
}
