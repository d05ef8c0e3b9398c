using Odp.Bot.Conversation.Commands;
using Odp.Bot.Conversation.Views;
using Odp.Engine.Budget;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Finding;
using Odp.Engine.Directory;
using Odp.Engine.Errors;

namespace Odp.Bot.Conversation.Handlers;

/// <summary><c>search</c> and <c>show</c>: finding datasets (with lineage in <c>show</c> when a lineage source is on).</summary>
public sealed class CatalogCommands(FindDatasets find, OwnerResolver owners, IDatasetLineage lineage, ReplyCards cards)
{
    public const int PageSize = 5;

    public async Task<Reply> SearchAsync(ParsedCommand command, CancellationToken cancellationToken)
    {
        var page = ParsePage(command.Option(CommandSpecs.Page));
        var search = await find.SearchAsync(command.Argument(0), page, PageSize, cancellationToken);
        var ownerNames = await owners.DescribeAsync(search.Result.Hits.SelectMany(h => h.Dataset.Owners), cancellationToken);
        return new CardReply(cards.SearchResults(search, ownerNames)) { Reusable = true };
    }

    public async Task<Reply> ShowAsync(ParsedCommand command, CancellationToken cancellationToken)
    {
        var dataset = await find.ShowAsync(command.Argument(0), cancellationToken);
        var ownerNames = await owners.DescribeAsync(dataset.Owners, cancellationToken);
        var flow = await lineage.GetAsync(dataset.Name, cancellationToken);
        return new CardReply(cards.Dataset(dataset, [.. dataset.Owners.Select(o => ownerNames[o])], flow));
    }

    private static int ParsePage(string? text)
    {
        if (text is null) return 1;
        return int.TryParse(text, out var page) && page is >= 1 and <= SearchLimits.MaxPage
            ? page
            : throw new InvalidRequestException($"--page must be a page number from 1 to {SearchLimits.MaxPage:N0}, like 2, not '{InputLimits.Shown(text)}'.");
    }
}
