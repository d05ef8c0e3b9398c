using Lucene.Net.Search;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// How one query term can match one field: <see cref="Weight"/> is the field's weight, <see cref="Max"/> what the term
/// can score there (the weight when the exact word or phrase occurs, 0.6 of it when only prefix or near-plural forms
/// do), <see cref="Tier"/> the field's group (0 name, 1 tags and domain, 2 columns, 3 descriptions). <see cref="Create"/>
/// builds a fresh query scoring <c>scale × Weight</c> for an exact match and 0.6 of that for the other forms.
/// <see cref="PartialMax"/> is what the term scores there without the exact word (0 when it has no other form), and
/// <see cref="CreateExact"/> matches only the exact word or phrase (null when it does not occur in the field).
/// </summary>
internal sealed record FieldMatcher(
    string Field, double Weight, double Max, int Tier, Func<double, Query> Create, double PartialMax, Func<Query>? CreateExact);
