using Odp.Bot.Platforms.Mattermost.Api;

namespace Odp.Bot.Tests.Fakes.Mattermost;

/// <summary>Which REST call (or response URL) a request is, and the id in its path.</summary>
public sealed partial class FakeMattermostServer
{
    private const string Api = "/api/v4/";
    private const string Hooks = "/hooks/commands/";

    private static (string? Operation, string? Id) Route(string method, string path)
    {
        if (HookId(path) is { } hook) return method == "POST" ? (MattermostOperations.Respond, hook) : (null, null);
        if (!path.StartsWith(Api, StringComparison.Ordinal)) return (null, null);

        var parts = path[Api.Length..].Split('/');
        return (method, parts) switch
        {
            ("GET", ["users", "me"]) => (MattermostOperations.GetMe, null),
            ("GET", ["users", "email", var email]) when email.Length > 0 => (MattermostOperations.GetUserByEmail, email),
            ("GET", ["users", var id]) when id.Length > 0 => (MattermostOperations.GetUser, id),
            ("POST", ["channels", "direct"]) => (MattermostOperations.OpenDirectChannel, null),
            ("POST", ["posts"]) => (MattermostOperations.CreatePost, null),
            ("POST", ["posts", "ephemeral"]) => (MattermostOperations.CreateEphemeralPost, null),
            ("PUT", ["posts", var id, "patch"]) when id.Length > 0 => (MattermostOperations.PatchPost, id),
            ("GET", ["commands"]) => (MattermostOperations.ListCommands, null),
            ("POST", ["commands"]) => (MattermostOperations.CreateCommand, null),
            ("PUT", ["commands", var id]) when id.Length > 0 => (MattermostOperations.UpdateCommand, id),
            _ => (null, null),
        };
    }

    private static string? HookId(string path) =>
        path.StartsWith(Hooks, StringComparison.Ordinal) && path.Length > Hooks.Length && !path[Hooks.Length..].Contains('/')
            ? path[Hooks.Length..]
            : null;
}
