using Odp.Bot.Conversation.Commands;
using Odp.Bot.Conversation.Views;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Readiness;
using Odp.Engine.Directory;
using Odp.Engine.Errors;

namespace Odp.Bot.Conversation.Handlers;

/// <summary><c>search</c> and <c>show</c>: finding datasets (with lineage in <c>show</c> when a lineage source is on).</summary>
public sealed class CatalogCommands(ICatalog catalog, CatalogReadiness readiness, IDirectory directory, IDatasetLineage lineage, ReplyCards cards)
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
        readiness.ThrowIfLoading();
        var result = await catalog.SearchAsync(query, cancellationToken);
        return new CardReply(cards.SearchResults(text, result, page, PageSize)) { Reusable = true };
    }

    public async Task<Reply> ShowAsync(ParsedCommand command, CancellationToken cancellationToken)
    {
        var name = command.Argument(0);
        readiness.ThrowIfLoading();
        var dataset = await catalog.GetAsync(name, cancellationToken);
        if (dataset is null)
        {
            var similar = await catalog.SearchAsync(SearchQueryParser.Parse(name.Replace('.', ' '), 0, 3), cancellationToken);
            var hint = similar.Hits.Count > 0
                ? $" Did you mean {string.Join(" or ", similar.Hits.Select(h => h.Dataset.Name))}?"
                : " `/odp search <words>` finds datasets.";
            throw new NotFoundException($"There is no dataset {name}.{hint}");
        }
        var owners = new List<string>();
        foreach (var owner in dataset.Owners) owners.Add(await DescribeOwnerAsync(owner, cancellationToken));
        var flow = await lineage.GetAsync(dataset.Name, cancellationToken);
        return new CardReply(cards.Dataset(dataset, owners, flow));
    }

    private async Task<string> DescribeOwnerAsync(string owner, CancellationToken cancellationToken)
    {
        var (kind, id) = owner.IndexOf(':') is var i and > 0 ? (owner[..i], owner[(i + 1)..]) : ("user", owner);
        if (kind == "group")
        {
            var group = await directory.FindGroupAsync(id, cancellationToken);
            var members = await directory.GetGroupMembersAsync(id, cancellationToken);
            return $"{group?.Name ?? id} ({string.Join(", ", members.Select(m => m.Name))})";
        }
        var user = await directory.FindUserAsync(id, cancellationToken);
        return user is null ? id : $"{user.Name} <{user.Email}>";
    }

    private static int ParsePage(string? text)
    {
        if (text is null) return 1;
        return int.TryParse(text, out var page) && page is >= 1 and <= 1000
            ? page
            : throw new InvalidRequestException($"--page must be a page number like 2, not '{text}'.");
    }
}
