using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace Odp.Bot.Tests.Fakes.Mattermost;

/// <summary>
/// The real HTTP host with the Mattermost adapter on, against a fake Mattermost on loopback: slash commands and
/// button presses are sent the way Mattermost sends them; every REST call the bot makes lands in <see cref="Server"/>.
/// </summary>
public sealed class MattermostBot : IAsyncDisposable
{
    public const string CommandToken = "cmdtoken0000000000000000001";
    public const string ActionSecret = "test-action-secret-0123456789abcdef";
    public const string TeamChannel = "chananalysts00000000000001";
    public static readonly Uri Commands = new("http://localhost/mattermost/commands");
    public static readonly Uri Actions = new("http://localhost/mattermost/actions");

    private BotHost host = null!;

    private MattermostBot(FakeMattermostServer server) => Server = server;

    public FakeMattermostServer Server { get; }

    public HttpClient Client => host.Client;

    public BotHost Host => host;

    public static string UserId(string name) => ("user" + name).PadRight(26, '0');

    public static async Task<MattermostBot> StartAsync(Action<IDictionary<string, string?>>? settings = null, Action<IServiceCollection>? services = null)
    {
        var server = await FakeMattermostServer.StartNewAsync();
        foreach (var name in new[] { "alice", "bob", "judy", "carol" }) server.AddUser(UserId(name), name, $"{name}@example.com");
        server.AddUser(UserId("stranger"), "stranger", "stranger@elsewhere.test");
        server.AddChannel(TeamChannel);
        var values = new Dictionary<string, string?>
        {
            ["Odp:Mattermost:Url"] = server.Url,
            ["Odp:Mattermost:BotToken"] = server.BotToken,
            ["Odp:Mattermost:CommandTokens:0"] = CommandToken,
            ["Odp:Mattermost:ActionSecret"] = ActionSecret,
            ["Odp:Mattermost:PublicUrl"] = "http://localhost",
            ["Odp:Mattermost:TeamChannels:analysts"] = TeamChannel,
        };
        settings?.Invoke(values);
        return new MattermostBot(server) { host = new BotHost(values, services) };
    }

    public Task<HttpResponseMessage> CommandAsync(string user, string text, Uri? responseUrl = null, string token = CommandToken) =>
        Client.SendAsync(MattermostRequests.SlashCommand(Commands,
            new MattermostSlashCommandForm(token, text, responseUrl ?? Server.NewResponseUrl()) { UserId = UserId(user), UserName = user }));

    /// <summary>Presses the button whose context command starts with <paramref name="command"/> on a post the bot made.</summary>
    public Task<HttpResponseMessage> PressAsync(string user, FakeMattermostPost post, string command, Func<JsonObject, JsonObject>? tamper = null)
    {
        var context = Buttons(post).Select(b => b["integration"]!["context"]!.AsObject())
            .First(c => c["command"]!.GetValue<string>().StartsWith(command, StringComparison.Ordinal));
        var sent = (JsonObject)context.DeepClone();
        if (tamper is not null) sent = tamper(sent);
        return Client.SendAsync(MattermostRequests.Action(Actions,
            new MattermostActionCallback(UserId(user), post.Id, sent) { UserName = user, ChannelId = post.ChannelId }));
    }

    public async Task<FakeMattermostPost> WaitForPostAsync(string channelOrUser, Func<FakeMattermostPost, bool> match)
    {
        var channel = channelOrUser.StartsWith("user", StringComparison.Ordinal)
            ? FakeMattermostServer.DirectChannelId(FakeMattermostServer.BotUserId, channelOrUser)
            : channelOrUser;
        await Server.WaitForAsync(_ => Server.PostsIn(channel).Any(match), BotHost.Patience);
        return Server.PostsIn(channel).First(match);
    }

    public static IEnumerable<JsonObject> Buttons(FakeMattermostPost post) =>
        (post.Attachments ?? []).OfType<JsonObject>().SelectMany(a => (a["actions"] as JsonArray ?? []).OfType<JsonObject>());

    public static string Text(FakeMattermostPost post) => post.Message + "\n" + post.Props.ToJsonString();

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        await Server.DisposeAsync();
    }
}
