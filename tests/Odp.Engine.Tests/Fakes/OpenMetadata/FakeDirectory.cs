using Odp.Engine.Directory;

namespace Odp.Engine.Tests.Fakes.OpenMetadata;

/// <summary>A directory in memory: alice and bob, the group sales-owners; counts lookups.</summary>
public sealed class FakeDirectory : IDirectory
{
    public List<DirectoryUser> Users { get; } =
    [
        new("alice", "Alice Smith", "alice@example.com", ["sales-owners"]),
        new("bob", "Bob Jones", "bob@example.com", []),
    ];

    public List<DirectoryGroup> Groups { get; } = [new("sales-owners", "Sales owners")];

    public Task<DirectoryUser?> FindUserAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(Users.FirstOrDefault(u => string.Equals(u.Id, id, StringComparison.OrdinalIgnoreCase)));

    public Task<DirectoryUser?> FindUserByEmailAsync(string email, CancellationToken cancellationToken) =>
        Task.FromResult(Users.FirstOrDefault(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase)));

    public async Task<UserStanding> CheckUserAsync(string id, CancellationToken cancellationToken) =>
        await FindUserAsync(id, cancellationToken) is { } user ? new UserStanding(user, false) : UserStanding.Gone;

    public Task<IReadOnlyList<DirectoryUser>> ListUsersAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DirectoryUser>>(Users);

    public Task<DirectoryGroup?> FindGroupAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(Groups.FirstOrDefault(g => string.Equals(g.Id, id, StringComparison.OrdinalIgnoreCase)));

    public Task<IReadOnlyList<DirectoryUser>> GetGroupMembersAsync(string groupId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DirectoryUser>>([.. Users.Where(u => u.Groups.Contains(groupId, StringComparer.OrdinalIgnoreCase))]);
}
