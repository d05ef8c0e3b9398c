using Odp.Engine.Directory;

namespace Odp.Engine.Tests.Fakes;

/// <summary>
/// A directory as an LDAP directory with a cache serves it while an admin changes it: <see cref="Remove"/> deletes a
/// person and <see cref="Disable"/> disables one on the "server", the reads keep answering what they had cached (as
/// within <c>Odp:Ldap:CacheTtl</c>), and only <see cref="CheckUserAsync"/> asks the server, as a fresh lookup does.
/// </summary>
public sealed class ChangingDirectory(IDirectory cached) : IDirectory
{
    private readonly HashSet<string> removed = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> disabled = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock gate = new();

    public void Remove(string id)
    {
        lock (gate) removed.Add(id);
    }

    public void Disable(string id)
    {
        lock (gate) disabled.Add(id);
    }

    public async Task<UserStanding> CheckUserAsync(string id, CancellationToken cancellationToken)
    {
        var user = await cached.FindUserAsync(id, cancellationToken);
        lock (gate)
        {
            return user is null || removed.Contains(user.Id) ? UserStanding.Gone : new UserStanding(user, disabled.Contains(user.Id));
        }
    }

    public Task<DirectoryUser?> FindUserAsync(string id, CancellationToken cancellationToken) => cached.FindUserAsync(id, cancellationToken);

    public Task<DirectoryUser?> FindUserByEmailAsync(string email, CancellationToken cancellationToken) =>
        cached.FindUserByEmailAsync(email, cancellationToken);

    public Task<IReadOnlyList<DirectoryUser>> ListUsersAsync(CancellationToken cancellationToken) => cached.ListUsersAsync(cancellationToken);

    public Task<DirectoryGroup?> FindGroupAsync(string id, CancellationToken cancellationToken) => cached.FindGroupAsync(id, cancellationToken);

    public Task<IReadOnlyList<DirectoryUser>> GetGroupMembersAsync(string groupId, CancellationToken cancellationToken) =>
        cached.GetGroupMembersAsync(groupId, cancellationToken);
}
