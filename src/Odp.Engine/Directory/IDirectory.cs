namespace Odp.Engine.Directory;

/// <summary>The identity seam: a YAML file by default, LDAP later. Ids and emails compare case-insensitively.</summary>
public interface IDirectory
{
    Task<DirectoryUser?> FindUserAsync(string id, CancellationToken cancellationToken);

    Task<DirectoryUser?> FindUserByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>
    /// Asks the directory itself, past any cache, whether it still has the user and whether they are disabled (for the
    /// LDAP presets and the YAML file, see docs/ldap.md). Writes call it before acting; a directory that caches
    /// replaces what it held for the user with this answer, so the reads after it agree.
    /// </summary>
    Task<UserStanding> CheckUserAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every user, in the order the directory lists them.</summary>
    Task<IReadOnlyList<DirectoryUser>> ListUsersAsync(CancellationToken cancellationToken);

    Task<DirectoryGroup?> FindGroupAsync(string id, CancellationToken cancellationToken);

    Task<IReadOnlyList<DirectoryUser>> GetGroupMembersAsync(string groupId, CancellationToken cancellationToken);
}
