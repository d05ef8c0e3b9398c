using Odp.Engine.Directory;

namespace Odp.Bot.Tests.Fakes;

/// <summary>The demo directory, keeping every lookup made of it (e.g. <c>members:sales-owners</c>), as a directory server's log would.</summary>
public sealed class CountingDirectory : IDirectory
{
    private readonly YamlDirectory inner = YamlDirectory.Load(SourceTree.DemoDirectory);
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> lookups = new();

    public IReadOnlyList<string> Lookups => [.. lookups];

    public Task<DirectoryUser?> FindUserAsync(string id, CancellationToken cancellationToken) =>
        Log("user:" + id, inner.FindUserAsync(id, cancellationToken));

    public Task<DirectoryUser?> FindUserByEmailAsync(string email, CancellationToken cancellationToken) =>
        Log("email:" + email, inner.FindUserByEmailAsync(email, cancellationToken));

    public Task<UserStanding> CheckUserAsync(string id, CancellationToken cancellationToken) =>
        Log("check:" + id, inner.CheckUserAsync(id, cancellationToken));

    public Task<IReadOnlyList<DirectoryUser>> ListUsersAsync(CancellationToken cancellationToken) =>
        Log("users", inner.ListUsersAsync(cancellationToken));

    public Task<DirectoryGroup?> FindGroupAsync(string id, CancellationToken cancellationToken) =>
        Log("group:" + id, inner.FindGroupAsync(id, cancellationToken));

    public Task<IReadOnlyList<DirectoryUser>> GetGroupMembersAsync(string groupId, CancellationToken cancellationToken) =>
        Log("members:" + groupId, inner.GetGroupMembersAsync(groupId, cancellationToken));

    private T Log<T>(string lookup, T result)
    {
        lookups.Enqueue(lookup);
        return result;
    }
}
