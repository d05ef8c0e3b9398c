using Odp.Engine.Catalog;

namespace Odp.Engine.Directory;

/// <summary>Turns catalog owners (<c>group:sales-owners</c>, <c>user:bob</c>) into directory users.</summary>
public sealed class OwnerResolver(IDirectory directory)
{
    /// <summary>The owning users, de-duplicated, in owner order then directory order. Unknown owners are skipped.</summary>
    public async Task<IReadOnlyList<DirectoryUser>> ResolveAsync(IReadOnlyList<string> owners, CancellationToken cancellationToken) =>
        (await ResolveWithReportAsync(owners, cancellationToken)).Users;

    /// <summary>Like <see cref="ResolveAsync"/>, also listing owners that match no user or group (or a group with no members).</summary>
    public async Task<OwnerResolution> ResolveWithReportAsync(IReadOnlyList<string> owners, CancellationToken cancellationToken)
    {
        var users = new List<DirectoryUser>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var unresolved = new List<string>();
        foreach (var owner in owners)
        {
            var found = await ExpandAsync(owner, cancellationToken);
            if (found.Count == 0) unresolved.Add(owner);
            foreach (var user in found)
            {
                if (seen.Add(user.Id)) users.Add(user);
            }
        }

        return new OwnerResolution(users, unresolved);
    }

    /// <summary>True when <paramref name="userId"/> is listed as <c>user:id</c> or belongs to an owning group.</summary>
    public async Task<bool> IsOwnerAsync(string userId, IReadOnlyList<string> owners, CancellationToken cancellationToken)
    {
        var id = userId?.Trim() ?? "";
        if (id.Length == 0) return false;

        var references = owners.Select(o => OwnerReference.TryParse(o, out var r) ? r : null).OfType<OwnerReference>().ToList();
        if (references.Any(r => r.Kind == OwnerKind.User && Same(r.Id, id))) return true;

        var user = await directory.FindUserAsync(id, cancellationToken);
        return user is not null
            && references.Any(r => r.Kind == OwnerKind.Group && user.Groups.Any(g => Same(g, r.Id)));
    }

    private async Task<IReadOnlyList<DirectoryUser>> ExpandAsync(string owner, CancellationToken cancellationToken)
    {
        if (!OwnerReference.TryParse(owner, out var reference)) return [];
        if (reference.Kind == OwnerKind.Group)
        {
            return await directory.GetGroupMembersAsync(reference.Id, cancellationToken);
        }

        var user = await directory.FindUserAsync(reference.Id, cancellationToken);
        return user is null ? [] : [user];
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
