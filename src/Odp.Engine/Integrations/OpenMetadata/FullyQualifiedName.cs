namespace Odp.Engine.Integrations.OpenMetadata;

/// <summary>Splits an OpenMetadata FQN on dots; a part containing dots is quoted (<c>svc."my.db".schema.t</c>).</summary>
public static class FullyQualifiedName
{
    public static IReadOnlyList<string> Split(string fullyQualifiedName)
    {
        var parts = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in fullyQualifiedName)
        {
            if (c == '"') quoted = !quoted;
            else if (c == '.' && !quoted)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else current.Append(c);
        }
        parts.Add(current.ToString());
        return parts;
    }
}
