using Odp.Engine.Directory;

namespace Odp.Engine.Tests.Fakes;

/// <summary>
/// A directory as an LDAP directory with a cache serves it while an admin changes it: <see cref="Remove"/> deletes a
/// person and <see cref="Disable"/> disables one on the "server", the reads keep answering what they had cached (as
/// within <c>Odp:Ldap:CacheTtl</c>), and only <see cref="CheckUserAsync"/> asks the server, as a fresh lookup does.
/// <see cref="Hold"/> makes the server slow: every <see cref="CheckUserAsync"/> waits until <see cref="Release"/>.
/// </summary>
public sealed class ChangingDirectory(IDirectory cached) : IDirectory
{
    private readonly HashSet<string> removed = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> disabled = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock gate = new();
    private readonly SemaphoreSlim arrived = new(0);
    private TaskCompletionSource released = Released();

    public void Remove(string id)
    {
        lock (gate) removed.Add(id);
    }

    public void Disable(string id)
    {
        lock (gate) disabled.Add(id);
    }

    /// <summary>From now on, every <see cref="CheckUserAsync"/> waits for <see cref="Release"/>.</summary>
    public void Hold()
    {
        lock (gate) released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Lets every held and later <see cref="CheckUserAsync"/> answer.</summary>
    public void Release()
    {
        lock (gate) released.TrySetResult();
    }

    /// <summary>Completes once <paramref name="calls"/> more <see cref="CheckUserAsync"/> calls have arrived (held or not).</summary>
    public async Task WaitForChecksAsync(int calls, TimeSpan timeout)
    {
        for (var i = 0; i < calls; i++)
            if (!await arrived.WaitAsync(timeout)) throw new TimeoutException($"Check #{i + 1} of {calls} did not arrive.");
    }

    public async Task<UserStanding> CheckUserAsync(string id, CancellationToken cancellationToken)
    {
        Task wait;
        lock (gate) wait = released.Task;
        arrived.Release();
        await wait.WaitAsync(cancellationToken);
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

    private static TaskCompletionSource Released()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}
