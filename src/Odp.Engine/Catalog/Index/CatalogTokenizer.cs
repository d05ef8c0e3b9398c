using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// Emits the tokens of <see cref="SearchText.Tokenize"/>: lower case, split on <c>.</c>, <c>_</c>, <c>-</c>, spaces
/// and camelCase, so the index and the file catalog agree on what a word is.
/// </summary>
internal sealed class CatalogTokenizer : Tokenizer
{
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute position;
    private IReadOnlyList<string> tokens = [];
    private int next;

    public CatalogTokenizer(TextReader input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (next >= tokens.Count) return false;
        ClearAttributes();
        term.SetEmpty().Append(tokens[next++]);
        position.PositionIncrement = 1;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        tokens = SearchText.Tokenize(m_input.ReadToEnd());
        next = 0;
    }
}
