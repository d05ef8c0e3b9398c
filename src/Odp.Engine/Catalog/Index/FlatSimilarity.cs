using Lucene.Net.Search.Similarities;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// Scores are built from constant-score clauses (see <see cref="CatalogQueryBuilder"/>); without query
/// normalization a hit's score is exactly the sum of its field weights, like the file catalog's.
/// </summary>
internal sealed class FlatSimilarity : DefaultSimilarity
{
    public override float QueryNorm(float sumOfSquaredWeights) => 1f;
}
