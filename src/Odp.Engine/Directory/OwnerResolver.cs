using Odp.Engine.Catalog;

namespace Odp.Engine.Directory;

/// <summary>Turns catalog owners (<c>group:sales-owners</c>, <c>user:bob</c>) into directory users.</summary>
public sealed class OwnerResolver(IDirectory directory)
{
    /// <summary>How many of a group's people a description names before "and N more".</summary>
    public const int PeopleShown = 5;

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

    /// <summary>
    /// How each distinct owner reads to people, looked up once each: a group as its name and people ("Sales data owners
    /// (Bob Owner, Judy Sales Lead)", at most <see cref="PeopleShown"/> of them), a user as name and email. An owner the
    /// directory doesn't know says so; text that is no owner reference stays as written. Plain text, no chat syntax.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> DescribeAsync(IEnumerable<string> owners, CancellationToken cancellationToken)
    {
        var described = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var owner in owners)
        {
            if (!described.ContainsKey(owner)) described[owner] = await DescribeAsync(owner, cancellationToken);
        }

        return described;
    }

    /// <summary>The owners as one line, in their order: "Sales data owners (Bob Owner, Judy Sales Lead), Dave Controller &lt;dave@…&gt;".</summary>
    public async Task<string> DescribeAllAsync(IReadOnlyList<string> owners, CancellationToken cancellationToken)
    {
        var described = await DescribeAsync(owners, cancellationToken);
        return string.Join(", ", owners.Distinct(StringComparer.Ordinal).Select(o => described[o]));
    }

    private async Task<string> DescribeAsync(string owner, CancellationToken cancellationToken)
    {
        if (!OwnerReference.TryParse(owner, out var reference)) return owner;
        if (reference.Kind == OwnerKind.User)
        {
            var user = await directory.FindUserAsync(reference.Id, cancellationToken);
            return user is null ? $"{reference.Id} (not in the directory)" : user.Email.Length > 0 ? $"{user.Name} <{user.Email}>" : user.Name;
        }

        var group = await directory.FindGroupAsync(reference.Id, cancellationToken);
        if (group is null) return $"{reference.Id} (not in the directory)";
        var members = await directory.GetGroupMembersAsync(reference.Id, cancellationToken);
        var people = members.Count == 0 ? "no members"
            : string.Join(", ", members.Take(PeopleShown).Select(m => m.Name))
                + (members.Count > PeopleShown ? $" and {members.Count - PeopleShown} more" : "");
        return $"{group.Name} ({people})";
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
