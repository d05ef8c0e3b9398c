using Lucene.Net.Search;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// How one query term can match one field: <see cref="Weight"/> is the field's weight, <see cref="Tier"/> its rank
/// among the field groups (0 name, 1 tags and domain, 2 columns, 3 descriptions); <see cref="Create"/> builds a fresh
/// query scoring <c>scale × Weight</c> for an exact match and 0.6 of that for a prefix or near-plural.
/// </summary>
internal sealed record FieldMatcher(string Field, double Weight, int Tier, Func<double, Query> Create);
