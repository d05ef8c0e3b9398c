using Odp.Bot.Conversation.Commands;
using Odp.Bot.Conversation.Views;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Finding;
using Odp.Engine.Directory;
using Odp.Engine.Errors;

namespace Odp.Bot.Conversation.Handlers;

/// <summary><c>search</c> and <c>show</c>: finding datasets (with lineage in <c>show</c> when a lineage source is on).</summary>
public sealed class CatalogCommands(FindDatasets find, IDirectory directory, IDatasetLineage lineage, ReplyCards cards)
{
    public const int PageSize = 5;

    public async Task<Reply> SearchAsync(ParsedCommand command, CancellationToken cancellationToken)
    {
        var page = ParsePage(command.Option(CommandSpecs.Page));
        try
        {
            var search = await find.SearchAsync(command.Argument(0), page, PageSize, cancellationToken);
            return new CardReply(cards.SearchResults(search)) { Reusable = true };
        }
        catch (InvalidRequestException e)
        {
            throw new InvalidRequestException(e.Message, command.Spec.Usage);
        }
    }

    public async Task<Reply> ShowAsync(ParsedCommand command, CancellationToken cancellationToken)
    {
        var dataset = await find.ShowAsync(command.Argument(0), cancellationToken);
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
        return int.TryParse(text, out var page) && page is >= 1 and <= SearchLimits.MaxPage
            ? page
            : throw new InvalidRequestException($"--page must be a page number from 1 to {SearchLimits.MaxPage:N0}, like 2, not '{SearchLimits.Shown(text)}'.");
    }
}
