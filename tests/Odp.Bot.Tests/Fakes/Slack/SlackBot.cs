using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Conversation;
using Odp.Bot.Platforms.Slack;
using Odp.Engine.Hosting;
using Odp.Engine.Tickets;

namespace Odp.Bot.Tests.Fakes.Slack;

/// <summary>
/// The real HTTP host with the Slack adapter on, talking to a fake Slack on loopback: requests are signed like
/// Slack signs them, and every Web API call the bot makes lands in <see cref="Slack"/>.
/// </summary>
public sealed class SlackBot : IAsyncDisposable
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string TeamChannel = "C0ANALYSTS";
    public static readonly TimeSpan Patience = BotHost.Patience;

    private BotHost host = null!;

    private SlackBot(FakeSlackServer slack) => Slack = slack;

    public FakeSlackServer Slack { get; }

    public HttpClient Client => host.Client;

    public IServiceProvider Services => host.Services;

    /// <summary>
    /// <paramref name="beforeHost"/> runs once the fake Slack is up and before the bot starts (e.g. to add Socket Mode);
    /// <paramref name="services"/> replaces the host's services (a fake clock, a slow directory).
    /// </summary>
    public static async Task<SlackBot> StartAsync(
        Action<IDictionary<string, string?>>? settings = null, Func<FakeSlackServer, Task>? beforeHost = null, Action<IServiceCollection>? services = null)
    {
        var slack = await FakeSlackServer.StartNewAsync();
        foreach (var (id, name) in new[] { ("U0ALICE", "alice"), ("U0BOB", "bob"), ("U0JUDY", "judy"), ("U0CAROL", "carol") })
            slack.AddUser(id, name, $"{name}@example.com");
        slack.AddUser("U0STRANGER", "stranger", "stranger@elsewhere.test");
        slack.AddChannel(TeamChannel);
        var bot = new SlackBot(slack);
        var values = new Dictionary<string, string?>
        {
            ["Odp:Slack:SigningSecret"] = Secret,
            ["Odp:Slack:BotToken"] = slack.BotToken,
            ["Odp:Slack:ApiUrl"] = slack.ApiUrl,
            ["Odp:Slack:TeamChannels:analysts"] = TeamChannel,
        };
        settings?.Invoke(values);
        if (beforeHost is not null) await beforeHost(slack);
        bot.host = new BotHost(values, services);
        return bot;
    }

    public Task<HttpResponseMessage> CommandAsync(string slackUser, string text, Uri? responseUrl = null) =>
        PostSignedAsync("/slack/commands", "application/x-www-form-urlencoded", CommandBody(slackUser, text, responseUrl ?? Slack.NewResponseUrl()));

    /// <summary>The form body Slack posts for a slash command.</summary>
    public static string CommandBody(string slackUser, string text, Uri responseUrl) =>
        Form(new()
        {
            ["token"] = "deprecated",
            ["team_id"] = "T0FAKE0001",
            ["channel_id"] = "C0GENERAL",
            ["user_id"] = slackUser,
            ["command"] = "/odp",
            ["text"] = text,
            ["response_url"] = responseUrl.ToString(),
            ["trigger_id"] = "1.2.3",
        });

    /// <summary>Presses the button whose command starts with <paramref name="command"/> on a message the bot posted.</summary>
    public Task<HttpResponseMessage> PressAsync(string slackUser, FakeSlackMessage message, string command, Uri responseUrl, string? reason = null) =>
        PostSignedAsync("/slack/interactivity", "application/x-www-form-urlencoded", PressBody(slackUser, message, command, responseUrl, reason));

    /// <summary>The form body Slack posts when <paramref name="slackUser"/> presses that button.</summary>
    public static string PressBody(string slackUser, FakeSlackMessage message, string command, Uri responseUrl, string? reason = null) =>
        Form(new() { ["payload"] = PressPayload(slackUser, message, command, responseUrl, reason).ToJsonString() });

    /// <summary>The <c>block_actions</c> payload Slack sends when <paramref name="slackUser"/> presses that button.</summary>
    public static JsonObject PressPayload(string slackUser, FakeSlackMessage message, string command, Uri responseUrl, string? reason = null)
    {
        var button = Buttons(message).First(b => b["value"]!.GetValue<string>().StartsWith(command, StringComparison.Ordinal));
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = slackUser, ["team_id"] = "T0FAKE0001" },
            ["api_app_id"] = "A0FAKE",
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = message.Ts, ["channel_id"] = message.Channel, ["is_ephemeral"] = false },
            ["channel"] = new JsonObject { ["id"] = message.Channel },
            ["message"] = new JsonObject { ["ts"] = message.Ts },
            ["response_url"] = responseUrl.ToString(),
            ["actions"] = new JsonArray(new JsonObject
            {
                ["action_id"] = button["action_id"]!.GetValue<string>(),
                ["block_id"] = "actions",
                ["value"] = button["value"]!.GetValue<string>(),
                ["type"] = "button",
                ["action_ts"] = "1700000000.1",
            }),
            ["state"] = new JsonObject
            {
                ["values"] = new JsonObject
                {
                    ["odp-input-reason"] = new JsonObject { ["reason"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = reason } },
                },
            },
        };
        return payload;
    }

    public async Task<HttpResponseMessage> PostSignedAsync(string path, string contentType, string body, DateTimeOffset? at = null, string secret = Secret)
    {
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add(SlackSignature.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Compute(secret, timestamp, Encoding.UTF8.GetBytes(body)));
        return await Client.SendAsync(request);
    }

    /// <summary>The bot's direct conversation with a Slack user, as <c>conversations.open</c> gave it out.</summary>
    public string DmOf(string slackUser) =>
        Slack.Calls("conversations.open").First(c => c.Body["users"]?.GetValue<string>() == slackUser).Response!["channel"]!["id"]!.GetValue<string>();

    public async Task<FakeSlackMessage> WaitForMessageAsync(string channelOf, Func<FakeSlackMessage, bool> match)
    {
        await Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Error is null && Slack.Messages.Any(m => Matches(m, channelOf) && match(m)), Patience);
        return Slack.Messages.First(m => Matches(m, channelOf) && match(m));
    }

    public Task IdleAsync() => host.IdleAsync();

    public Task<TicketData?> TicketAsync(string id) => host.TicketAsync(id);

    public static IEnumerable<JsonObject> Buttons(FakeSlackMessage message) =>
        (message.Blocks ?? []).OfType<JsonObject>()
            .Where(b => b["type"]?.GetValue<string>() == "actions")
            .SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>())
            .Where(e => e["value"] is not null);

    public static string Text(FakeSlackMessage message) => message.Text + "\n" + (message.Blocks?.ToJsonString() ?? "");

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        await Slack.DisposeAsync();
    }

    private bool Matches(FakeSlackMessage message, string channelOf) =>
        message.Channel == channelOf || (channelOf.StartsWith('U') && Slack.Calls("conversations.open").Any(c =>
            c.Body["users"]?.GetValue<string>() == channelOf && c.Response?["channel"]?["id"]?.GetValue<string>() == message.Channel));

    private static string Form(Dictionary<string, string> fields) =>
        string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
}
