namespace Odp.Engine.Catalog;

/// <summary>
/// A tag may carry its classification, as OpenMetadata's do: <c>PII.Sensitive</c> is the tag <c>Sensitive</c> of the
/// classification <c>PII</c> (a part holding a dot is quoted: <c>Glossary."v1.0"</c>). A <c>tag:</c> filter matches a
/// tag by its full name or by its last part, so <c>tag:PII.Sensitive</c> finds exactly that tag and
/// <c>tag:sensitive</c> finds every classification's <c>Sensitive</c>. Tags without a dot have one form.
/// </summary>
public static class TagNames
{
    /// <summary>What a <c>tag:</c> filter may name to find <paramref name="tag"/>: the tag itself, then its last part when it has more than one.</summary>
    public static IEnumerable<string> Forms(string tag)
    {
        yield return tag;
        if (Leaf(tag) is { } leaf) yield return leaf;
    }

    /// <summary>The last dot-separated part of <paramref name="tag"/> without quotes; null when the tag has a single part.</summary>
    public static string? Leaf(string tag)
    {
        var quoted = false;
        var start = -1;
        for (var i = 0; i < tag.Length; i++)
        {
            if (tag[i] == '"') quoted = !quoted;
            else if (tag[i] == '.' && !quoted) start = i + 1;
        }
        if (start < 0) return null;
        var leaf = tag.AsSpan(start).Trim().Trim('"');
        return leaf.Length > 0 ? new string(leaf) : null;
    }
}
