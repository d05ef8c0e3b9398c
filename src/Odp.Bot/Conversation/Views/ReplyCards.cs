using System.Globalization;
using Odp.Bot.Cards;
using Odp.Bot.Cards.Templating;
using Odp.Bot.Conversation.Commands;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Finding;
using Odp.Engine.Directory;
using Odp.Engine.Notifications;
using Odp.Engine.Tickets;

namespace Odp.Bot.Conversation.Views;

/// <summary>
/// Builds every card the bot sends from engine data: one method per template in <c>adaptive-cards/</c>. The data is
/// written out as <see cref="TemplateObject"/>s with the names the templates read (camelCase, enums as text).
/// </summary>
public sealed class ReplyCards(CardFactory cards, TimeProvider time)
{
    /// <summary>
    /// A page of search results; <paramref name="ownerNames"/> gives each owner reference of the hits as people read it
    /// (one directory lookup per distinct owner, made by the caller).
    /// </summary>
    public Card SearchResults(DatasetSearch search, IReadOnlyDictionary<string, string> ownerNames)
    {
        var result = search.Result;
        return cards.Build("search-results", new TemplateObject(
            ("query", search.Text),
            ("total", result.Total.ToString("N0")),
            ("shown", result.Hits.Count),
            ("hits", TemplateValue.List(result.Hits, h => new TemplateObject(
                ("name", h.Dataset.Name),
                ("description", h.Dataset.Description),
                ("domain", h.Dataset.Domain),
                ("tags", TemplateValue.List(h.Dataset.Tags)),
                ("owners", OwnerNames(h.Dataset.Owners, ownerNames)),
                ("showCommand", "/odp show " + h.Dataset.Name),
                ("requestCommand", RequestCommand(h.Dataset))))),
            ("suggestions", TemplateValue.List(result.Suggestions)),
            ("moreCommand", search.HasMore ? $"/odp search {search.Text} --page {search.Page + 1}" : null),
            ("pastEnd", search.IsPastEnd ? PastEnd(search.Page, result.Total, search.Pages) : null),
            ("lastPageCommand", search.IsPastEnd ? $"/odp search {search.Text} --page {search.Pages}" : null)));
    }

    /// <summary>The owners as people read them, e.g. "Olga Owner &lt;olga@example.com&gt;, Sales data team (…)".</summary>
    private static string OwnerNames(IReadOnlyList<string> owners, IReadOnlyDictionary<string, string> names) => owners.Count switch
    {
        0 => string.Empty,
        1 => names.GetValueOrDefault(owners[0], owners[0]),
        _ => string.Join(", ", owners.Select(o => names.GetValueOrDefault(o, o))),
    };

    /// <summary>"Page 5 is past the end: 2 datasets match, on 1 page."</summary>
    private static string PastEnd(int page, int total, int pages) => string.Create(CultureInfo.InvariantCulture,
        $"Page {page} is past the end: {total:N0} {(total == 1 ? "dataset matches" : "datasets match")}, on {pages:N0} {(pages == 1 ? "page" : "pages")}.");

    /// <summary>
    /// A dataset's card; the lineage block shows only when <paramref name="lineage"/> is given. A dataset without owners
    /// (found in Trino, described nowhere) says "no owner: ask an admin" and has no Request button.
    /// </summary>
    public Card Dataset(Dataset dataset, IReadOnlyList<string> owners, DatasetLineage? lineage = null) => cards.Build("dataset", new TemplateObject(
        ("name", dataset.Name),
        ("description", dataset.Description),
        ("domain", dataset.Domain),
        ("tags", TemplateValue.List(dataset.Tags)),
        ("owners", TemplateValue.List(owners)),
        ("columns", TemplateValue.List(dataset.Columns, c => new TemplateObject(("name", c.Name), ("type", c.Type), ("description", c.Description)))),
        ("lineage", lineage is null ? null : new TemplateObject(("upstream", TemplateValue.List(lineage.Upstream)), ("downstream", TemplateValue.List(lineage.Downstream)))),
        ("requestCommand", RequestCommand(dataset))));

    /// <summary>No Request button for a dataset without owners: nobody could approve it.</summary>
    private static string? RequestCommand(Dataset dataset) => dataset.Owners.Count > 0 ? $"/odp request {dataset.Name}" : null;

    public Card Receipt(TicketData ticket, DirectoryUser requester, IReadOnlyList<DirectoryUser> owners, bool existing) =>
        cards.Build("request-receipt", new TemplateObject(
            ("ticket", TicketView.From(ticket, new PeopleNames([requester, .. owners]), TicketActions.ForRequester(ticket)).ToTemplate()),
            ("owners", TemplateValue.List(owners.Select(o => o.Name))),
            ("existing", existing)));

    public Card Approval(TicketData ticket, DirectoryUser requester, Dataset dataset) => cards.Build("approval-request", new TemplateObject(
        ("ticket", TicketView.From(ticket, new PeopleNames([requester])).ToTemplate()),
        ("requester", new TemplateObject(("id", requester.Id), ("name", requester.Name), ("email", requester.Email))),
        ("datasetDescription", dataset.Description),
        ("approveCommand", $"/odp approve {ticket.Id}"),
        ("denyCommand", $"/odp deny {ticket.Id}")));

    /// <summary>The approval card after the request left Pending: who decided, when and why. No buttons.</summary>
    public Card Decision(TicketData ticket, PeopleNames names)
    {
        var decision = ticket.Events.FirstOrDefault(e => e.From == TicketState.Pending) ?? ticket.Events[^1];
        return cards.Build("decision", new TemplateObject(
            ("ticket", TicketView.From(ticket, names).ToTemplate()),
            ("decision", decision.To.ToString().ToLowerInvariant()),
            ("decidedBy", names[decision.By]),
            ("decidedAt", Display.Time(decision.At)),
            ("note", decision.Note)));
    }

    public Card Ticket(TicketData ticket, PeopleNames names, string? headline, IReadOnlyList<ActionView> actions) =>
        cards.Build("ticket", new TemplateObject(("ticket", TicketView.From(ticket, names, actions).ToTemplate()), ("headline", headline)));

    public Card TicketList(string title, IEnumerable<TicketView> tickets, string empty) =>
        cards.Build("ticket-list", new TemplateObject(("title", title), ("tickets", TemplateValue.List(tickets, t => t.ToTemplate())), ("empty", empty)));

    /// <summary>
    /// The provisioning progress card: each step done, running, failed or pending, with how long a finished step took
    /// and how long a running one has run so far (once that is a second or more) on the injected clock.
    /// </summary>
    public Card Progress(TicketData ticket, PeopleNames names)
    {
        var now = time.GetUtcNow();
        return cards.Build("provisioning-progress", new TemplateObject(
            ("ticket", TicketView.From(ticket, names).ToTemplate()),
            ("steps", TemplateValue.List(ticket.Steps, s => new TemplateObject(
                ("name", s.Name),
                ("status", s.Status.ToString().ToLowerInvariant()),
                ("duration", StepDuration(s, now)),
                ("error", s.Error),
                ("note", s.Note))))));
    }

    private static string? StepDuration(ProvisioningStep step, DateTimeOffset now) => step switch
    {
        { Duration: { } took } => Display.Duration(took),
        { Status: StepStatus.Running, StartedAt: { } started } when now - started >= TimeSpan.FromSeconds(1) =>
            Display.Duration(now - started) + " so far",
        _ => null,
    };

    public Card WorkspaceReady(WorkspaceReady ready) => cards.Build("workspace-ready", new TemplateObject(
        ("workspace", ready.Workspace.Name),
        ("namespace", ready.Workspace.Namespace),
        ("team", ready.Workspace.Group),
        ("user", ready.Ticket.User),
        ("datasets", TemplateValue.List([ready.Ticket.Dataset])),
        ("expiresAt", Display.Time(ready.Ticket.ExpiresAt)),
        ("trino", new TemplateObject(
            ("url", ready.Trino.Url),
            ("host", ready.Trino.Host),
            ("catalog", ready.Trino.Catalog),
            ("user", ready.Trino.User),
            ("jdbcUrl", ready.Trino.JdbcUrl),
            ("cli", ready.Trino.Cli))),
        ("jupyterUrl", ready.Workspace.JupyterUrlOf(ready.Ticket.User)),
        ("location", ready.Workspace.Location)));

    /// <summary>One row per command: its name, then what it does and its usage under it, wrapped (see <see cref="WrapUsage"/>).</summary>
    public Card Help(IEnumerable<CommandSpec> commands) =>
        cards.Build("help", new TemplateObject(("commands", TemplateValue.List(commands, c => new TemplateObject(
            ("name", c.Name), ("usage", WrapUsage(c.Usage)), ("description", c.Description))))));

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
        cards.Build("error", new TemplateObject(("title", title), ("message", message), ("usage", usage), ("reference", reference)));
}
