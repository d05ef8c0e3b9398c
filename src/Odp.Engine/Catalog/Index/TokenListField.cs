using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// A reusable field fed with tokens that are already split (<see cref="SearchText.Tokenize(string?)"/>), so no
/// analyzer runs and one field instance carries every value of a multi-valued field: values are kept
/// <see cref="ValueGap"/> positions apart so a phrase never spans two of them. Refill it for each document; the
/// writer consumes the tokens while adding the document.
/// </summary>
internal sealed class TokenListField
{
    public const int ValueGap = 100;

    private static readonly FieldType WithPositions = Frozen(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    private static readonly FieldType DocsOnly = Frozen(IndexOptions.DOCS_ONLY);

    private readonly TokenList tokens = new();

    /// <param name="positions">True for fields searched with phrases; false for exact-term fields (filters, words).</param>
    public TokenListField(string name, bool positions)
    {
        Field = new Field(name, tokens, positions ? WithPositions : DocsOnly);
    }

    public Field Field { get; }

    public bool IsEmpty => tokens.Count == 0;

    public void Clear()
    {
        tokens.Clear();
    }

    /// <summary>Adds one value's tokens; a later value starts <see cref="ValueGap"/> positions further on.</summary>
    public void AddValue(IReadOnlyList<string> valueTokens)
    {
        for (var i = 0; i < valueTokens.Count; i++)
        {
            tokens.Add(valueTokens[i], i == 0 && tokens.Count > 0 ? ValueGap + 1 : 1);
        }
    }

    /// <summary>Adds one token (for exact-term fields, where positions do not matter).</summary>
    public void AddToken(string token) => tokens.Add(token, 1);

    private static FieldType Frozen(IndexOptions options)
    {
        var type = new FieldType { IsIndexed = true, IsTokenized = true, OmitNorms = true, IndexOptions = options };
        type.Freeze();
        return type;
    }

    private sealed class TokenList : TokenStream
    {
        private readonly ICharTermAttribute term;
        private readonly IPositionIncrementAttribute increment;
        private readonly List<string> values = [];
        private readonly List<int> increments = [];
        private int next;

        public TokenList()
        {
            term = AddAttribute<ICharTermAttribute>();
            increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public int Count => values.Count;

        public void Add(string token, int positionIncrement)
        {
            values.Add(token);
            increments.Add(positionIncrement);
        }

        public void Clear()
        {
            values.Clear();
            increments.Clear();
            next = 0;
        }

        public override bool IncrementToken()
        {
            if (next >= values.Count) return false;
            ClearAttributes();
            term.SetEmpty().Append(values[next]);
            increment.PositionIncrement = increments[next];
            next++;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            next = 0;
        }
    }
}
