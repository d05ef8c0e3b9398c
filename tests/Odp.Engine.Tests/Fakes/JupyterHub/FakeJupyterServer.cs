using System.Text.Json.Nodes;

namespace Odp.Engine.Tests.Fakes.JupyterHub;

/// <summary>
/// One named server (a hub "spawner") in the fake: stopped, pending spawn, ready or pending stop. A pending
/// operation finishes after the given number of polls (GETs of its user), as a real spawner finishes in the background.
/// </summary>
internal sealed class FakeJupyterServer(string user, string name)
{
    private int pollsLeft;
    private bool removeWhenStopped;

    public string User { get; } = user;

    public string Name { get; } = name;

    public bool Ready { get; private set; }

    /// <summary><c>spawn</c>, <c>stop</c> or null, as the hub's server model says.</summary>
    public string? Pending { get; private set; }

    public JsonObject UserOptions { get; private set; } = [];

    /// <summary>True once a <c>remove</c> has deleted this server from its user.</summary>
    public bool Removed { get; private set; }

    public bool Active => Ready || Pending is not null;

    public void Spawn(JsonObject userOptions, int polls)
    {
        UserOptions = userOptions;
        (Ready, Pending, pollsLeft) = polls == 0 ? (true, null, 0) : (false, "spawn", polls);
    }

    public void Stop(int polls) => (Ready, Pending, pollsLeft) = polls == 0 ? (false, null, 0) : (false, "stop", polls);

    /// <summary>Deletes the server now, or once its pending stop finishes.</summary>
    public void Remove()
    {
        if (Pending == "stop") removeWhenStopped = true;
        else Removed = true;
    }

    /// <summary>One poll of the user: a pending operation moves one step closer to done.</summary>
    public void Poll()
    {
        if (Pending is null || --pollsLeft > 0) return;
        Ready = Pending == "spawn";
        Pending = null;
        if (removeWhenStopped) Removed = true;
    }

    /// <summary>
    /// The hub's server model (<c>jupyterhub/apihandlers/base.py</c> <c>server_model</c>); its <c>url</c> starts with
    /// the hub's <paramref name="baseUrl"/>.
    /// </summary>
    public JsonObject Model(string baseUrl) => new()
    {
        ["name"] = Name,
        ["ready"] = Ready,
        ["pending"] = Pending,
        ["stopped"] = !Active,
        ["url"] = $"{baseUrl}user/{User}/{Name}/",
        ["user_options"] = UserOptions.DeepClone(),
        ["progress_url"] = $"{baseUrl}hub/api/users/{User}/servers/{Name}/progress",
    };
}
