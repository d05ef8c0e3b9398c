namespace Odp.Engine.Workspaces;

/// <summary>What a provisioner reports back: where the workspace lives and each member's Jupyter URL.</summary>
public sealed record ProvisionedWorkspace(
    string Name,
    string Namespace,
    string Location,
    IReadOnlyDictionary<string, string> JupyterUrls);
