using System.Text;

namespace Odp.IntegrationTests.JupyterHub;

/// <summary>
/// The environment of a running single-user server, read from <c>/proc/&lt;pid&gt;/environ</c> of the process the hub
/// spawned (local spawner, same machine): the process whose <c>JUPYTERHUB_USER</c> and <c>JUPYTERHUB_SERVER_NAME</c>
/// name the server.
/// </summary>
internal static class ServerEnvironment
{
    public static IReadOnlyDictionary<string, string>? Of(string user, string server)
    {
        foreach (var dir in System.IO.Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out _)) continue;
            Dictionary<string, string> env;
            try
            {
                env = File.ReadAllBytes(Path.Combine(dir, "environ")).AsSpan().ToArray() is { Length: > 0 } bytes
                    ? Encoding.UTF8.GetString(bytes).Split('\0', StringSplitOptions.RemoveEmptyEntries)
                        .Select(v => v.Split('=', 2)).Where(p => p.Length == 2)
                        .GroupBy(p => p[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal)
                    : [];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // gone meanwhile, or not ours to read
            }
            if (env.GetValueOrDefault("JUPYTERHUB_USER") == user && env.GetValueOrDefault("JUPYTERHUB_SERVER_NAME") == server) return env;
        }
        return null;
    }
}
