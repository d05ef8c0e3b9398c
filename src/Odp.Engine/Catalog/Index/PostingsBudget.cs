using System.Globalization;
using Odp.Engine.Errors;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// What one search may read, in postings (a word's occurrence in a dataset, read from memory): the terms' postings are
/// counted before the search starts (<see cref="TermScorer.Cost"/>), the position checks of phrases as they are found
/// (<see cref="PhraseMatches"/>). Past the limit the search is refused, naming it, not run on.
/// </summary>
internal sealed class PostingsBudget(long limit)
{
    private long spent;

    /// <summary>Counts the terms' postings; refuses the search when they alone pass the limit.</summary>
    public void SpendOnWords(long postings)
    {
        spent += postings;
        if (spent <= limit) return;
        throw new InvalidRequestException(string.Create(CultureInfo.InvariantCulture,
            $"This search is too broad for a catalog this size: it would read {postings:N0} postings (places where its words occur in the datasets; a phrase's words in descriptions count {PhraseMatches.DescriptionWordCost} each), and one search may read {limit:N0}. Use fewer or rarer words."));
    }

    /// <summary>Counts checking a phrase's word order in <paramref name="candidates"/> more datasets.</summary>
    public void SpendOnPositions(int candidates)
    {
        spent += (long)candidates * PhraseMatches.PositionCheckCost;
        if (spent <= limit) return;
        throw new InvalidRequestException(string.Create(CultureInfo.InvariantCulture,
            $"This search is too broad for a catalog this size: a phrase's words are all in so many datasets that checking their order would pass what one search may read ({limit:N0} postings, {PhraseMatches.PositionCheckCost} for each dataset checked). Use fewer or rarer words."));
    }
}
