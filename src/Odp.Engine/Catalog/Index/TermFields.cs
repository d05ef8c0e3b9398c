namespace Odp.Engine.Catalog.Index;

/// <summary>
/// The fields one term can match in, each with two bits of a document's field mask: the exact word (or phrase, or
/// name key) and its other forms (prefixes, near-plurals). A mask's score is the file catalog's: per field the weight
/// for the exact word, else 0.6 of it for another form; then the best field plus 10% of every other field. Masks are
/// few, so each one's score is worked out once per term, in a table indexed by the mask.
/// </summary>
internal sealed class TermFields
{
    /// <summary>Field slots: the name keys, then the word fields of <see cref="TermScorer"/>.</summary>
    public const int Count = 6;

    /// <summary>How many masks there are: two bits a field.</summary>
    public const int Masks = 1 << (2 * Count);

    private const float OtherFields = (float)IndexedDataset.SecondaryShare;

    private readonly float[] weights;
    private readonly float[] scores;

    /// <param name="weights">Each slot's weight (the name keys' depends on the term's dots).</param>
    /// <param name="scores">A table of <see cref="Masks"/> entries to work scores out in (overwritten).</param>
    public TermFields(float[] weights, float[] scores)
    {
        this.weights = weights;
        this.scores = scores;
        Array.Fill(scores, float.NaN);
    }

    public static ushort Exact(int field) => (ushort)(1 << (2 * field));

    public static ushort Other(int field) => (ushort)(1 << (2 * field + 1));

    public float ScoreOf(ushort mask)
    {
        var score = scores[mask];
        return float.IsNaN(score) ? Compute(mask) : score;
    }

    private float Compute(ushort mask)
    {
        float best = 0, sum = 0;
        for (var field = 0; field < Count; field++)
        {
            var value = (mask & Exact(field)) != 0 ? weights[field]
                : (mask & Other(field)) != 0 ? (float)(weights[field] * SearchText.PrefixMatch)
                : 0;
            best = Math.Max(best, value);
            sum += value;
        }

        var score = best + OtherFields * (sum - best);
        scores[mask] = score;
        return score;
    }
}
