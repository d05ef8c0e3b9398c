using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// A matching term or phrase scores exactly its boost (the product of the boosts on its path), whatever its frequency:
/// with <see cref="CatalogQueryBuilder"/>'s queries a hit's score is the sum of its field weights, like the file
/// catalog's, without a constant-score wrapper around every clause. No norms, no query normalization, no coord.
/// </summary>
internal sealed class WeightSimilarity : Similarity
{
    public override long ComputeNorm(FieldInvertState state) => 1;

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats) =>
        new Boost(queryBoost);

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context) => new Constant(((Boost)weight).Value);

    private sealed class Boost(float queryBoost) : SimWeight
    {
        public float Value { get; private set; } = 1;

        public override float GetValueForNormalization() => queryBoost * queryBoost;

        /// <param name="topLevelBoost">The product of the boosts above this clause.</param>
        public override void Normalize(float queryNorm, float topLevelBoost) => Value = queryBoost * topLevelBoost;
    }

    private sealed class Constant(float score) : SimScorer
    {
        public override float Score(int doc, float freq) => score;

        public override float ComputeSlopFactor(int distance) => 1;

        public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => 1;
    }
}
