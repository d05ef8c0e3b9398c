using Lucene.Net.Analysis;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// The one analyzer for every text field and for queries (<see cref="CatalogTokenizer"/>). Values of a
/// multi-valued field (several columns, several tags) are kept far apart so a phrase never spans two of them.
/// </summary>
internal sealed class CatalogAnalyzer : Analyzer
{
    public const int ValueGap = 100;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new CatalogTokenizer(reader));

    public override int GetPositionIncrementGap(string fieldName) => ValueGap;
}
