using System.Text;

namespace Odp.Engine.Catalog;

/// <summary>
/// Parses what a user types, e.g. <c>churn owner:group:sales-owners tag:pii domain:sales catalog:lake "customer churn"</c>.
/// Words and "quoted phrases" become terms; <c>owner:</c>, <c>tag:</c>, <c>domain:</c> and <c>catalog:</c> (or their
/// plurals) become filters, and a filter may list several values with commas (<c>tag:pii,gold</c>).
/// Any other <c>key:value</c> is kept as a plain term. An unclosed quote runs to the end of the text.
/// </summary>
public static class SearchQueryParser
{
    private static readonly Dictionary<string, string> Filters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["owner"] = "owner", ["owners"] = "owner",
        ["tag"] = "tag", ["tags"] = "tag",
        ["domain"] = "domain", ["domains"] = "domain",
        ["catalog"] = "catalog", ["catalogs"] = "catalog",
    };

    private static readonly Dictionary<string, string> Examples = new()
    {
        ["owner"] = "owner:group:sales-owners",
        ["tag"] = "tag:pii",
        ["domain"] = "domain:sales",
        ["catalog"] = "catalog:lake",
    };

    /// <exception cref="SearchSyntaxException">A filter has no value, like <c>tag:</c>.</exception>
    public static SearchQuery Parse(string? text, int offset = 0, int limit = 10)
    {
        var terms = new List<string>();
        var values = Examples.Keys.ToDictionary(k => k, _ => new List<string>());

        foreach (var (word, quoted) in Split(text ?? ""))
        {
            var colon = word.IndexOf(':');
            if (quoted || colon <= 0 || !Filters.TryGetValue(word[..colon], out var filter))
            {
                terms.Add(word);
                continue;
            }

            var written = word[..colon];
            var parts = word[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
            {
                throw new SearchSyntaxException($"{written}: needs a value, for example {Examples[filter]}.");
            }

            foreach (var part in parts)
            {
                if (filter == "owner") CheckOwner(part);
                if (!values[filter].Contains(part, StringComparer.OrdinalIgnoreCase)) values[filter].Add(part);
            }
        }

        return new SearchQuery(terms, values["owner"], values["tag"], values["domain"], values["catalog"], offset, limit);
    }

    private static void CheckOwner(string value)
    {
        var bare = value.TrimStart('@');
        var prefix = bare.StartsWith(OwnerReference.GroupPrefix, StringComparison.OrdinalIgnoreCase) ? "group"
            : bare.StartsWith(OwnerReference.UserPrefix, StringComparison.OrdinalIgnoreCase) ? "user"
            : null;
        if (prefix is not null && !OwnerReference.IsValid(bare))
        {
            var example = prefix == "group" ? "owner:group:sales-owners" : "owner:user:bob";
            throw new SearchSyntaxException($"owner:{prefix}: needs a {prefix} id, for example {example}.");
        }

        if (bare.Length == 0)
        {
            throw new SearchSyntaxException("owner: needs a value, for example owner:group:sales-owners.");
        }
    }

    /// <summary>Splits on whitespace, keeping quoted stretches together. A word that starts with a quote is a phrase.</summary>
    private static List<(string Word, bool Quoted)> Split(string text)
    {
        var words = new List<(string, bool)>();
        var current = new StringBuilder();
        var startsQuoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                Flush();
                i++;
            }
            else if (IsQuote(c))
            {
                if (current.Length == 0) startsQuoted = true;
                var end = i + 1;
                while (end < text.Length && !IsQuote(text[end])) end++;
                current.Append(text, i + 1, end - i - 1);
                i = end + 1;
            }
            else
            {
                current.Append(c);
                i++;
            }
        }

        Flush();
        return words;

        void Flush()
        {
            var word = current.ToString().Trim();
            if (word.Length > 0) words.Add((word, startsQuoted));
            current.Clear();
            startsQuoted = false;
        }
    }

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D';
}
