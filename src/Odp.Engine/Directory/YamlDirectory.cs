namespace Odp.Engine.Directory;

/// <summary>
/// The directory read from a YAML file (see <see cref="DirectoryFile"/>). Lookups are case-insensitive;
/// users keep the order the file lists them in. Nothing is cached, so a check is as fresh as a lookup; the users in
/// <paramref name="disabled"/> are found as usual but their standing says disabled.
/// </summary>
public sealed class YamlDirectory(
    IReadOnlyList<DirectoryUser> users, IReadOnlyList<DirectoryGroup> groups, IReadOnlySet<string>? disabled = null) : IDirectory
{
    private readonly Dictionary<string, DirectoryUser> byId = Index(users, u => u.Id);
    private readonly Dictionary<string, DirectoryUser> byEmail = Index(users.Where(u => u.Email.Length > 0), u => u.Email);
    private readonly Dictionary<string, DirectoryGroup> groupsById = Index(groups, g => g.Id);
    private readonly Dictionary<string, IReadOnlyList<DirectoryUser>> membersByGroup = Members(users);

    public YamlDirectory(DirectoryFile file)
        : this(file.Users, file.Groups, file.Disabled)
    {
    }

    /// <summary>Loads and validates <paramref name="path"/>; see <see cref="DirectoryFile.Load"/> for the errors.</summary>
    public static YamlDirectory Load(string path) => new(DirectoryFile.Load(path));

    /// <summary>Every group, in file order.</summary>
    public IReadOnlyList<DirectoryGroup> Groups => groups;

    public Task<DirectoryUser?> FindUserAsync(string id, CancellationToken cancellationToken) =>
        Find(byId, id, cancellationToken);

    public Task<DirectoryUser?> FindUserByEmailAsync(string email, CancellationToken cancellationToken) =>
        Find(byEmail, email, cancellationToken);

    public async Task<UserStanding> CheckUserAsync(string id, CancellationToken cancellationToken) =>
        await FindUserAsync(id, cancellationToken) is { } user
            ? new UserStanding(user, disabled?.Contains(user.Id) == true)
            : UserStanding.Gone;

    public Task<IReadOnlyList<DirectoryUser>> ListUsersAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(users);
    }

    public Task<DirectoryGroup?> FindGroupAsync(string id, CancellationToken cancellationToken) =>
        Find(groupsById, id, cancellationToken);

    /// <summary>Members in directory order; an unknown group has none.</summary>
    public Task<IReadOnlyList<DirectoryUser>> GetGroupMembersAsync(string groupId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(membersByGroup.GetValueOrDefault(groupId?.Trim() ?? "") ?? []);
    }

    private static Dictionary<string, IReadOnlyList<DirectoryUser>> Members(IReadOnlyList<DirectoryUser> users)
    {
        var members = new Dictionary<string, List<DirectoryUser>>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in users)
        {
            foreach (var group in user.Groups.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!members.TryGetValue(group, out var list)) members[group] = list = [];
                list.Add(user);
            }
        }

        return members.ToDictionary(m => m.Key, m => (IReadOnlyList<DirectoryUser>)m.Value, StringComparer.OrdinalIgnoreCase);
    }

    private static Task<T?> Find<T>(Dictionary<string, T> map, string key, CancellationToken cancellationToken)
        where T : class
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(map.GetValueOrDefault(key?.Trim() ?? ""));
    }

    // First entry wins; DirectoryFile already refuses duplicates.
    private static Dictionary<string, T> Index<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var map = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items) map.TryAdd(key(item), item);
        return map;
    }
}
