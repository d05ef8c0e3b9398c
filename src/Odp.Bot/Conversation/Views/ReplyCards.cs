using System.Globalization;
using Odp.Bot.Cards;
using Odp.Bot.Conversation.Commands;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Finding;
using Odp.Engine.Directory;
using Odp.Engine.Notifications;
using Odp.Engine.Tickets;

namespace Odp.Bot.Conversation.Views;

/// <summary>Builds every card the bot sends from engine data: one method per template in <c>adaptive-cards/</c>.</summary>
public sealed class ReplyCards(CardFactory cards, TimeProvider time)
{
    /// <summary>
    /// A page of search results; <paramref name="ownerNames"/> gives each owner reference of the hits as people read it
    /// (one directory lookup per distinct owner, made by the caller).
    /// </summary>
    public Card SearchResults(DatasetSearch search, IReadOnlyDictionary<string, string> ownerNames)
    {
        var result = search.Result;
        return cards.Build("search-results", new
        {
            query = search.Text,
            total = result.Total.ToString("N0"),
            shown = result.Hits.Count,
            hits = result.Hits.Select(h => new
            {
                name = h.Dataset.Name,
                description = h.Dataset.Description,
                domain = h.Dataset.Domain,
                tags = h.Dataset.Tags,
                owners = string.Join(", ", h.Dataset.Owners.Select(o => ownerNames.GetValueOrDefault(o, o))),
                showCommand = $"/odp show {h.Dataset.Name}",
                requestCommand = RequestCommand(h.Dataset),
            }),
            suggestions = result.Suggestions,
            moreCommand = search.HasMore ? $"/odp search {search.Text} --page {search.Page + 1}" : null,
            pastEnd = search.IsPastEnd ? PastEnd(search.Page, result.Total, search.Pages) : null,
            lastPageCommand = search.IsPastEnd ? $"/odp search {search.Text} --page {search.Pages}" : null,
        });
    }

    /// <summary>"Page 5 is past the end: 2 datasets match, on 1 page."</summary>
    private static string PastEnd(int page, int total, int pages) => string.Create(CultureInfo.InvariantCulture,
        $"Page {page} is past the end: {total:N0} {(total == 1 ? "dataset matches" : "datasets match")}, on {pages:N0} {(pages == 1 ? "page" : "pages")}.");

    /// <summary>
    /// A dataset's card; the lineage block shows only when <paramref name="lineage"/> is given. A dataset without owners
    /// (found in Trino, described nowhere) says "no owner: ask an admin" and has no Request button.
    /// </summary>
    public Card Dataset(Dataset dataset, IReadOnlyList<string> owners, DatasetLineage? lineage = null) => cards.Build("dataset", new
    {
        name = dataset.Name,
        description = dataset.Description,
        domain = dataset.Domain,
        tags = dataset.Tags,
        owners,
        columns = dataset.Columns,
        lineage = lineage is null ? null : new { upstream = lineage.Upstream, downstream = lineage.Downstream },
        requestCommand = RequestCommand(dataset),
    });

    /// <summary>No Request button for a dataset without owners: nobody could approve it.</summary>
    private static string? RequestCommand(Dataset dataset) => dataset.Owners.Count > 0 ? $"/odp request {dataset.Name}" : null;

    public Card Receipt(TicketData ticket, DirectoryUser requester, IReadOnlyList<DirectoryUser> owners, bool existing) =>
        cards.Build("request-receipt", new
        {
            ticket = TicketView.From(ticket, new PeopleNames([requester, .. owners]), TicketActions.ForRequester(ticket)),
            owners = owners.Select(o => o.Name),
            existing,
        });

    public Card Approval(TicketData ticket, DirectoryUser requester, Dataset dataset) => cards.Build("approval-request", new
    {
        ticket = TicketView.From(ticket, new PeopleNames([requester])),
        requester = new { id = requester.Id, name = requester.Name, email = requester.Email },
        datasetDescription = dataset.Description,
        approveCommand = $"/odp approve {ticket.Id}",
        denyCommand = $"/odp deny {ticket.Id}",
    });

    /// <summary>The approval card after the request left Pending: who decided, when and why. No buttons.</summary>
    public Card Decision(TicketData ticket, PeopleNames names)
    {
        var decision = ticket.Events.FirstOrDefault(e => e.From == TicketState.Pending) ?? ticket.Events[^1];
        return cards.Build("decision", new
        {
            ticket = TicketView.From(ticket, names),
            decision = decision.To.ToString().ToLowerInvariant(),
            decidedBy = names[decision.By],
            decidedAt = Display.Time(decision.At),
            note = decision.Note,
        });
    }

    public Card Ticket(TicketData ticket, PeopleNames names, string? headline, IReadOnlyList<ActionView> actions) =>
        cards.Build("ticket", new { ticket = TicketView.From(ticket, names, actions), headline });

    public Card TicketList(string title, IEnumerable<TicketView> tickets, string empty) =>
        cards.Build("ticket-list", new { title, tickets, empty });

    /// <summary>
    /// The provisioning progress card: each step done, running, failed or pending, with how long a finished step took
    /// and how long a running one has run so far (once that is a second or more) on the injected clock.
    /// </summary>
    public Card Progress(TicketData ticket, PeopleNames names)
    {
        var now = time.GetUtcNow();
        return cards.Build("provisioning-progress", new
        {
            ticket = TicketView.From(ticket, names),
            steps = ticket.Steps.Select(s => new
            {
                name = s.Name,
                status = s.Status.ToString().ToLowerInvariant(),
                duration = StepDuration(s, now),
                error = s.Error,
            }),
        });
    }

    private static string? StepDuration(ProvisioningStep step, DateTimeOffset now) => step switch
    {
        { Duration: { } took } => Display.Duration(took),
        { Status: StepStatus.Running, StartedAt: { } started } when now - started >= TimeSpan.FromSeconds(1) =>
            Display.Duration(now - started) + " so far",
        _ => null,
    };

    public Card WorkspaceReady(WorkspaceReady ready) => cards.Build("workspace-ready", new
    {
        workspace = ready.Workspace.Name,
        @namespace = ready.Workspace.Namespace,
        team = ready.Workspace.Group,
        user = ready.Ticket.User,
        datasets = new[] { ready.Ticket.Dataset },
        expiresAt = Display.Time(ready.Ticket.ExpiresAt),
        trino = new
        {
            url = ready.Trino.Url,
            host = ready.Trino.Host,
            catalog = ready.Trino.Catalog,
            user = ready.Trino.User,
            jdbcUrl = ready.Trino.JdbcUrl,
            cli = ready.Trino.Cli,
        },
        jupyterUrl = ready.Workspace.JupyterUrlOf(ready.Ticket.User),
        location = ready.Workspace.Location,
    });

    /// <summary>One row per command: its name, then what it does and its usage under it, wrapped (see <see cref="WrapUsage"/>).</summary>
    public Card Help(IEnumerable<CommandSpec> commands) =>
        cards.Build("help", new { commands = commands.Select(c => new { name = c.Name, usage = WrapUsage(c.Usage), description = c.Description }) });

    /// <summary>
    /// A usage line cut before an option or a bracketed part (never inside one) once it passes <paramref name="width"/>
    /// characters, the continuation indented, so that the longest usage (request's) doesn't stretch the help card.
    /// </summary>
    public static string WrapUsage(string usage, int width = 72)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var part in UsageParts(usage))
        {
            var breakable = line.Length > 0 && (part.StartsWith('[') || part.StartsWith("--", StringComparison.Ordinal));
            if (breakable && line.Length + 1 + part.Length > width)
            {
                lines.Add(line);
                line = "  " + part;
            }
            else
            {
                line = line.Length == 0 ? part : line + " " + part;
            }
        }
        lines.Add(line);
        return string.Join("\n", lines);
    }

    /// <summary>The usage's words, a bracketed part (<c>[--for 30d]</c>) kept as one.</summary>
    private static IEnumerable<string> UsageParts(string usage)
    {
        var part = "";
        var depth = 0;
        foreach (var word in usage.Split(' '))
        {
            part = part.Length == 0 ? word : part + " " + word;
            depth += word.Count(c => c == '[') - word.Count(c => c == ']');
            if (depth > 0) continue;
            yield return part;
            (part, depth) = ("", 0);
        }
        if (part.Length > 0) yield return part;
    }

    public Card Error(string title, string message, string? usage = null, string? reference = null) =>
        cards.Build("error", new { title, message, usage, reference });
}
