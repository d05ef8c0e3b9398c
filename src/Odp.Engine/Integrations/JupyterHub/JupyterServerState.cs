namespace Odp.Engine.Integrations.JupyterHub;

/// <summary>One named server as the hub reports it. <see cref="Pending"/> is <c>spawn</c>, <c>stop</c> or null.</summary>
public sealed record JupyterServerState(string Name, bool Ready, string? Pending, string Url)
{
    public string Describe() => (Ready, Pending) switch
    {
        (true, null) => "running",
        (_, "spawn") => "starting",
        (_, "stop") => "stopping",
        _ => "stopped",
    };
}
