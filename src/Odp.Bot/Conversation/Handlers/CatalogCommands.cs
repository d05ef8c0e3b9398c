using Odp.Bot.Conversation.Commands;
using Odp.Bot.Conversation.Views;
using Odp.Engine.Catalog;
using Odp.Engine.Directory;
using Odp.Engine.Errors;

namespace Odp.Bot.Conversation.Handlers;

/// <summary><c>search</c> and <c>show</c>: finding datasets (with lineage in <c>show</c> when a lineage source is on).</summary>
public sealed class CatalogCommands(ICatalog catalog, OwnerResolver owners, IDatasetLineage lineage, ReplyCards cards)
{
    public const int PageSize = 5;

    public async Task<Reply> SearchAsync(ParsedCommand command, CancellationToken cancellationToken)
    {
        var text = command.Argument(0);
        var page = ParsePage(command.Option(CommandSpecs.Page));
        SearchQuery query;
        try
        {
            query = SearchQueryParser.Parse(text, (page - 1) * PageSize, PageSize);
        }
        catch (SearchSyntaxException e)
        {
            throw new InvalidRequestException(e.Message, command.Spec.Usage);
        }
        var result = await catalog.SearchAsync(query, cancellationToken);
        var ownerNames = await owners.DescribeAsync(result.Hits.SelectMany(h => h.Dataset.Owners), cancellationToken);
        return new CardReply(cards.SearchResults(text, result, page, PageSize, ownerNames)) { Reusable = true };
    }

    public async Task<Reply> ShowAsync(ParsedCommand command, CancellationToken cancellationToken)
    {
        var name = command.Argument(0);
        var dataset = await catalog.GetAsync(name, cancellationToken);
        if (dataset is null)
        {
            var similar = await catalog.SearchAsync(SearchQueryParser.Parse(name.Replace('.', ' '), 0, 3), cancellationToken);
            var hint = similar.Hits.Count > 0
                ? $" Did you mean {string.Join(" or ", similar.Hits.Select(h => h.Dataset.Name))}?"
                : " `/odp search <words>` finds datasets.";
            throw new NotFoundException($"There is no dataset {name}.{hint}");
        }
        var ownerNames = await owners.DescribeAsync(dataset.Owners, cancellationToken);
        var flow = await lineage.GetAsync(dataset.Name, cancellationToken);
        return new CardReply(cards.Dataset(dataset, [.. dataset.Owners.Select(o => ownerNames[o])], flow));
    }

    private static int ParsePage(string? text)
    {
        if (text is null) return 1;
        return int.TryParse(text, out var page) && page is >= 1 and <= 1000
            ? page
            : throw new InvalidRequestException($"--page must be a page number like 2, not '{text}'.");
    }
}
