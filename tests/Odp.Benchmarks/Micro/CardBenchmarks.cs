using BenchmarkDotNet.Attributes;
using Odp.Bot.Cards;
using Odp.Bot.Cards.Terminal;
using Odp.Bot.Conversation;
using Odp.Bot.Conversation.Commands;
using Odp.Bot.Conversation.Views;
using Odp.Bot.Platforms.Mattermost;
using Odp.Bot.Platforms.Mattermost.Attachments;
using Odp.Bot.Platforms.Slack;
using Odp.Bot.Platforms.Slack.BlockKit;
using Odp.Engine.Access;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Finding;
using Odp.Engine.Tickets;

namespace Odp.Benchmarks.Micro;

/// <summary>
/// Cards on their own: built from engine data by <see cref="ReplyCards"/> (the templates in <c>adaptive-cards/</c>)
/// and rendered as the ack sends them. Every call takes the next of <see cref="Variants"/> different inputs (other
/// datasets, owners, queries, tickets), so nothing keyed by identical input can carry a figure. The search card is
/// the ack's: a page of 5 hits. Unsealed: BenchmarkDotNet derives from it.
/// </summary>
public class CardBenchmarks
{
    private const int Variants = 64;
    private static readonly string[] Words = ["customer", "orders", "churn", "revenue", "product", "events", "daily", "invoice", "session", "payment"];
    private static readonly string[] Tags = ["pii", "finance", "gold", "raw", "gdpr", "marketing"];
    private readonly ReplyCards cards = new(CardFactory.FromAppDirectory(), TimeProvider.System);
    private readonly SlackReplies slack = new(new SlackBlockKitRenderer());
    private readonly MattermostReplies mattermost = new(new MattermostAttachmentRenderer(new ActionSigner("bench-secret"), "https://odp.example.com/mattermost/actions"));
    private readonly TerminalCardRenderer terminal = new();
    private readonly (DatasetSearch Search, Dictionary<string, string> Owners)[] searches = new (DatasetSearch, Dictionary<string, string>)[Variants];
    private readonly Dataset[] datasets = new Dataset[Variants * 5];
    private readonly TicketData[] tickets = new TicketData[Variants];
    private readonly Card[] searchCards = new Card[Variants];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        for (var i = 0; i < datasets.Length; i++)
        {
            datasets[i] = NewDataset(random, i);
        }

        for (var i = 0; i < Variants; i++)
        {
            var hits = datasets.Skip(i * 5).Take(5).Select((d, rank) => new SearchHit(d, 10.0 - rank)).ToList();
            var query = Pick(random, Words) + (i % 3 == 0 ? " " + Pick(random, Words) : "");
            var owners = hits.SelectMany(h => h.Dataset.Owners).Distinct().ToDictionary(o => o, OwnerName);
            searches[i] = (new DatasetSearch(query, 1 + i % 2, 5, new SearchResult(hits, 40 + random.Next(9000), [])), owners);
            searchCards[i] = cards.SearchResults(searches[i].Search, owners);
            tickets[i] = NewTicket(random, i);
        }
    }

    [Benchmark]
    public Card BuildSearchCard()
    {
        var (search, owners) = searches[Next()];
        return cards.SearchResults(search, owners);
    }

    [Benchmark]
    public int RenderSearchForSlack() => slack.Ack(new CardReply(searchCards[Next()])).Bytes;

    [Benchmark]
    public int BuildAndRenderSearchForSlack() => slack.Ack(new CardReply(BuildSearchCard())).Bytes;

    [Benchmark]
    public object RenderSearchForMattermost() => mattermost.Response(new CardReply(searchCards[Next()]));

    [Benchmark]
    public string RenderSearchForTerminal() => terminal.Render(searchCards[Next()]);

    [Benchmark]
    public Card BuildDatasetCard()
    {
        var dataset = datasets[Next()];
        return cards.Dataset(dataset, dataset.Owners.Select(OwnerName).ToList());
    }

    [Benchmark]
    public int BuildAndRenderTicketForSlack()
    {
        var ticket = tickets[Next()];
        var names = new PeopleNames([]);
        return slack.Ack(new CardReply(cards.Ticket(ticket, names, Headlines.Status(ticket, names), TicketActions.ForOwner(ticket)))).Bytes;
    }

    [Benchmark]
    public int BuildAndRenderHelpForSlack() => slack.Ack(new CardReply(cards.Help(CommandSpecs.All))).Bytes;

    private int Next() => next = (next + 1) % Variants;

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];

    private static string OwnerName(string owner) =>
        owner.StartsWith("group:", StringComparison.Ordinal)
            ? $"{owner[6..]} team (Ann Analyst, Bob Owner, Judy Lead)"
            : $"{owner} <{owner}@example.com>";

    private static Dataset NewDataset(Random random, int i)
    {
        var name = $"lake.{Pick(random, Words)}_{i % 17:00}.{Pick(random, Words)}_{Pick(random, Words)}_{i:0000}";
        var description = string.Join(' ', Enumerable.Range(0, 6 + random.Next(10)).Select(_ => Pick(random, Words))) + ", updated <hourly> & checked.";
        string[] owners = random.Next(2) == 0 ? [$"group:{Pick(random, Words)}-owners"] : [$"group:{Pick(random, Words)}-owners", $"user{i % 50:00}"];
        var tags = Enumerable.Range(0, random.Next(4)).Select(_ => Pick(random, Tags)).Distinct().ToList();
        var columns = Enumerable.Range(0, 3 + random.Next(8)).Select(c => new DatasetColumn($"{Pick(random, Words)}_{c}", "varchar", "The " + Pick(random, Words))).ToList();
        return new Dataset(name, description, owners, tags, Pick(random, Words), columns);
    }

    private static TicketData NewTicket(Random random, int i)
    {
        var at = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero).AddMinutes(i * 7);
        var state = (TicketState)(i % 4 == 0 ? (int)TicketState.Pending : (int)TicketState.Active);
        TicketEvent[] events = state == TicketState.Pending
            ? [new(at, $"user{i % 50:00}", null, TicketState.Pending, null)]
            : [new(at, $"user{i % 50:00}", null, TicketState.Pending, null), new(at.AddMinutes(3), "olga", TicketState.Pending, TicketState.Approved, "ok"),
               new(at.AddMinutes(4), "odp", TicketState.Approved, TicketState.Provisioning, null), new(at.AddMinutes(5), "odp", TicketState.Provisioning, TicketState.Active, null)];
        return new TicketData(
            $"ODP-{i + 1}", $"lake.sales.{Pick(random, Words)}_{i}", $"user{i % 50:00}", AccessLevel.Read, TimeSpan.FromDays(30),
            $"quarterly {Pick(random, Words)} review", $"ws-{Pick(random, Words)}", state, at,
            state == TicketState.Active ? at.AddDays(30) : null, state == TicketState.Active ? "olga" : null,
            state == TicketState.Active ? "ok" : null, events, [], events.Length);
    }
}
