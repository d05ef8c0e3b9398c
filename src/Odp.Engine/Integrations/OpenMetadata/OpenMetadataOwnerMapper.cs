using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Odp.Engine.Catalog;
using Odp.Engine.Directory;

namespace Odp.Engine.Integrations.OpenMetadata;

/// <summary>
/// Maps OpenMetadata owners to directory owners: a user to <c>user:&lt;id&gt;</c> when a directory user has that id
/// (name) or email, or that display name; a team to <c>group:&lt;id&gt;</c> when a directory group has that id. An owner
/// that maps to nobody is dropped and warned about once per process, not on every sync.
/// </summary>
public sealed class OpenMetadataOwnerMapper(IDirectory directory, ILogger<OpenMetadataOwnerMapper> logger)
{
    private readonly ConcurrentDictionary<string, bool> reported = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Mapped owners, plus every owner that mapped to nobody as <c>type:name</c>.</summary>
    public async Task<(IReadOnlyList<string> Owners, IReadOnlyList<string> Unmapped)> MapAsync(
        IReadOnlyList<OmEntityReference>? owners, CancellationToken cancellationToken)
    {
        var mapped = new List<string>();
        var unmapped = new List<string>();
        foreach (var owner in owners ?? [])
        {
            if (owner.Deleted) continue;
            var result = await MapAsync(owner, cancellationToken);
            if (result is not null)
            {
                if (!mapped.Contains(result, StringComparer.OrdinalIgnoreCase)) mapped.Add(result);
                continue;
            }
            var label = $"{owner.Type}:{owner.Name ?? owner.FullyQualifiedName ?? owner.Id.ToString()}";
            unmapped.Add(label);
            if (reported.TryAdd(label, true))
            {
                logger.LogWarning("OpenMetadata owner {Owner} matches no directory {Kind}; it is left out of the catalog.",
                    label, owner.Type == "team" ? "group" : "user");
            }
        }
        return (mapped, unmapped);
    }

    private async Task<string?> MapAsync(OmEntityReference owner, CancellationToken cancellationToken)
    {
        var name = owner.Name ?? "";
        if (owner.Type == "team")
        {
            var group = name.Length > 0 ? await directory.FindGroupAsync(name, cancellationToken) : null;
            return group is null ? null : OwnerReference.GroupPrefix + group.Id;
        }
        if (owner.Type != "user") return null;

        var user = name.Length > 0 ? await directory.FindUserAsync(name, cancellationToken) : null;
        if (user is null && name.Contains('@')) user = await directory.FindUserByEmailAsync(name, cancellationToken);
        if (user is null && (owner.DisplayName ?? owner.FullyQualifiedName) is { Length: > 0 } other)
        {
            var users = await directory.ListUsersAsync(cancellationToken);
            user = users.FirstOrDefault(u => string.Equals(u.Name, other, StringComparison.OrdinalIgnoreCase)
                || string.Equals(u.Email, other, StringComparison.OrdinalIgnoreCase));
        }
        return user is null ? null : OwnerReference.UserPrefix + user.Id;
    }
}
