namespace Odp.Engine.Directory;

/// <summary>The identity seam: a YAML file by default, LDAP later. Ids and emails compare case-insensitively.</summary>
public interface IDirectory
{
    Task<DirectoryUser?> FindUserAsync(string id, CancellationToken cancellationToken);

    Task<DirectoryUser?> FindUserByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>Every user, in the order the directory lists them.</summary>
    Task<IReadOnlyList<DirectoryUser>> ListUsersAsync(CancellationToken cancellationToken);

    Task<DirectoryGroup?> FindGroupAsync(string id, CancellationToken cancellationToken);

    Task<IReadOnlyList<DirectoryUser>> GetGroupMembersAsync(string groupId, CancellationToken cancellationToken);
}
