namespace Odp.Engine.Catalog.Index;

/// <summary>The forms of one word a field holds: the word itself, and its prefix and near-plural forms (see <see cref="TermMatchers"/>).</summary>
internal sealed class WordForms
{
    public bool Exact { get; set; }

    public List<string> Partial { get; } = [];

    public bool Overflow { get; set; }

    public bool IsEmpty => !Exact && Partial.Count == 0 && !Overflow;
}
