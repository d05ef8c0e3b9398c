namespace Odp.Engine.Directory;

/// <summary>Checks directory entries, collecting friendly problems that name the user or group.</summary>
internal static class DirectoryValidator
{
    public static List<DirectoryGroup> Groups(List<GroupEntry?> entries, List<string> problems)
    {
        var groups = new List<DirectoryGroup>();
        for (var i = 0; i < entries.Count; i++)
        {
            var id = entries[i]?.Id?.Trim() ?? "";
            if (!IsValidId(id))
            {
                problems.Add(id.Length == 0
                    ? $"group #{i + 1} has no id. Give it a short id like 'analysts'."
                    : $"group #{i + 1} has the id '{id}'; ids may not contain spaces or ':'.");
                continue;
            }

            if (groups.Any(g => Same(g.Id, id)))
            {
                problems.Add($"group '{id}' is listed twice. Each group id must be unique.");
                continue;
            }

            groups.Add(new DirectoryGroup(id, entries[i]?.Name?.Trim() is { Length: > 0 } name ? name : id));
        }

        return groups;
    }

    /// <summary>The valid users; the ids of those marked <c>disabled: true</c> go into <paramref name="disabled"/>.</summary>
    public static List<DirectoryUser> Users(List<UserEntry?> entries, List<DirectoryGroup> groups, List<string> problems, ISet<string> disabled)
    {
        var users = new List<DirectoryUser>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var id = entry?.Id?.Trim() ?? "";
            var before = problems.Count;
            if (!IsValidId(id))
            {
                problems.Add(id.Length == 0
                    ? $"user #{i + 1} has no id. Give it a short login like 'alice'."
                    : $"user #{i + 1} has the id '{id}'; ids may not contain spaces or ':'.");
                continue;
            }

            var email = entry?.Email?.Trim() ?? "";
            if (users.Any(u => Same(u.Id, id)))
            {
                problems.Add($"user '{id}' is listed twice. Each user id must be unique.");
            }

            if (email.Length > 0 && !email.Contains('@'))
            {
                problems.Add($"user '{id}' has the email '{email}', which is missing an '@'.");
            }

            var twin = users.FirstOrDefault(u => email.Length > 0 && Same(u.Email, email));
            if (twin is not null)
            {
                problems.Add($"user '{id}' has the email '{email}', which user '{twin.Id}' already uses. Emails must be unique.");
            }

            var memberships = new List<string>();
            foreach (var group in (entry?.Groups ?? []).Select(g => g?.Trim() ?? "").Where(g => g.Length > 0))
            {
                var known = groups.FirstOrDefault(g => Same(g.Id, group));
                if (known is null)
                {
                    problems.Add($"user '{id}' is in the group '{group}', which is not listed under 'groups:'. Add it there or fix the spelling.");
                }
                else if (!memberships.Contains(known.Id))
                {
                    memberships.Add(known.Id);
                }
            }

            if (problems.Count > before) continue;
            var name = entry?.Name?.Trim() is { Length: > 0 } n ? n : id;
            users.Add(new DirectoryUser(id, name, email, memberships));
            if (entry?.Disabled == true) disabled.Add(id);
        }

        return users;
    }

    private static bool IsValidId(string id) => id.Length > 0 && !id.Any(c => char.IsWhiteSpace(c) || c == ':');

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
