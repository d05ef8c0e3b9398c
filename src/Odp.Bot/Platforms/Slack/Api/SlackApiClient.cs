using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Odp.Bot.Platforms.Http;

namespace Odp.Bot.Platforms.Slack.Api;

/// <summary>
/// <see cref="ISlackApi"/> over a typed <see cref="HttpClient"/> whose base address is <see cref="SlackOptions.ApiUrl"/>
/// and whose <see cref="SlackAuthHandler"/> adds the bearer token (the app token for <c>apps.connections.open</c>,
/// none for <c>response_url</c> posts). Write methods POST <c>application/json; charset=utf-8</c>; <c>users.info</c>
/// and <c>users.lookupByEmail</c> POST <c>application/x-www-form-urlencoded</c>, which every Slack method accepts
/// (some read methods take no JSON bodies).
/// <para>
/// Rate limits and transient failures are handled by the one resilience layer (<see cref="HttpApiSender"/> over
/// <c>BackendResilienceHandler</c>, settings under <c>Odp:Resilience:Slack</c>): an HTTP 429 holds that method back
/// for <c>Retry-After</c> seconds (every caller of that method waits, others go on) within those bounds, ending in
/// <see cref="SlackApiException"/> <c>ratelimited</c>; 5xx, timeouts and connection errors are retried only for
/// <see cref="SlackMethods.IsIdempotent"/> methods. <c>chat.postMessage</c>, <c>chat.postEphemeral</c> and <c>response_url</c> posts fail at once: a lost
/// answer may hide a posted message, and a retry would post it twice.
/// </para>
/// Only method names and Slack's error codes are logged; never tokens or message bodies.
/// </summary>
public sealed partial class SlackApiClient(HttpClient http, ILogger<SlackApiClient> logger)
    : ISlackApi
{
    /// <summary>The name of Slack's <see cref="HttpClient"/>.</summary>
    public const string ServiceKey = "Odp.Slack";

    private readonly HttpApiSender sender = new(http, SlackMethods.IsIdempotent);

    /// <summary><see cref="SlackOptions.ApiUrl"/> with a trailing slash, so <c>chat.postMessage</c> resolves under it.</summary>
    public static Uri BaseAddressOf(SlackOptions options)
    {
        var url = options.ApiUrl.EndsWith('/') ? options.ApiUrl : options.ApiUrl + "/";
        return new Uri(url, UriKind.Absolute);
    }

    public async Task<SlackPosted> PostMessageAsync(string channel, SlackMessage message, CancellationToken cancellationToken)
    {
        var body = MessageBody(message);
        body.Insert(0, "channel", channel);
        var answer = await CallJsonAsync(SlackMethods.PostMessage, body, SlackTokenKind.Bot, cancellationToken).ConfigureAwait(false);
        return new SlackPosted(Required(SlackMethods.PostMessage, answer, "channel"), Required(SlackMethods.PostMessage, answer, "ts"));
    }

    public async Task UpdateMessageAsync(string channel, string ts, SlackMessage message, CancellationToken cancellationToken)
    {
        var body = MessageBody(message);
        body.Insert(0, "channel", channel);
        body.Insert(1, "ts", ts);
        await CallJsonAsync(SlackMethods.Update, body, SlackTokenKind.Bot, cancellationToken).ConfigureAwait(false);
    }

    public async Task PostEphemeralAsync(string channel, string user, SlackMessage message, CancellationToken cancellationToken)
    {
        var body = MessageBody(message);
        body.Insert(0, "channel", channel);
        body.Insert(1, "user", user);
        await CallJsonAsync(SlackMethods.PostEphemeral, body, SlackTokenKind.Bot, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> OpenDirectMessageAsync(string userId, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["users"] = userId };
        var answer = await CallJsonAsync(SlackMethods.ConversationsOpen, body, SlackTokenKind.Bot, cancellationToken).ConfigureAwait(false);
        return answer["channel"] is JsonObject channel
            ? Required(SlackMethods.ConversationsOpen, channel, "id")
            : throw Fail(SlackMethods.ConversationsOpen, "invalid_response", "no channel");
    }

    public async Task<SlackUser> GetUserAsync(string userId, CancellationToken cancellationToken)
    {
        var answer = await CallFormAsync(SlackMethods.UsersInfo, "user", userId, cancellationToken).ConfigureAwait(false);
        return SlackUserJson.Parse(SlackMethods.UsersInfo, answer);
    }

    public async Task<SlackUser?> LookupUserByEmailAsync(string email, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await CallFormAsync(SlackMethods.UsersLookupByEmail, "email", email, cancellationToken).ConfigureAwait(false);
            return SlackUserJson.Parse(SlackMethods.UsersLookupByEmail, answer);
        }
        catch (SlackApiException e) when (e.Error == "users_not_found")
        {
            return null;
        }
    }

    public async Task RespondAsync(Uri responseUrl, SlackResponse response, CancellationToken cancellationToken)
    {
        var body = response.ToJson();
        await CallAsync(SlackMethods.ResponseUrl, () => JsonRequest(responseUrl, body, SlackTokenKind.None), requireJson: false, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<Uri> OpenSocketConnectionAsync(CancellationToken cancellationToken)
    {
        var answer = await CallJsonAsync(SlackMethods.ConnectionsOpen, new JsonObject(), SlackTokenKind.App, cancellationToken).ConfigureAwait(false);
        var url = Required(SlackMethods.ConnectionsOpen, answer, "url");
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : throw Fail(SlackMethods.ConnectionsOpen, "invalid_response", "url");
    }

    public async Task<string> AuthTestAsync(CancellationToken cancellationToken)
    {
        var answer = await CallJsonAsync(SlackMethods.AuthTest, new JsonObject(), SlackTokenKind.Bot, cancellationToken).ConfigureAwait(false);
        return Required(SlackMethods.AuthTest, answer, "user_id");
    }

    private static JsonObject MessageBody(SlackMessage message)
    {
        var body = new JsonObject { ["text"] = message.Text };
        if (message.Blocks is not null) body["blocks"] = message.Blocks.DeepClone();
        return body;
    }

    private Task<JsonObject> CallJsonAsync(string method, JsonObject body, SlackTokenKind token, CancellationToken cancellationToken) =>
        CallAsync(method, () => JsonRequest(new Uri(method, UriKind.Relative), body, token), requireJson: true, cancellationToken);

    private Task<JsonObject> CallFormAsync(string method, string name, string value, CancellationToken cancellationToken) =>
        CallAsync(method, () => FormRequest(method, name, value), requireJson: true, cancellationToken);

    private static HttpRequestMessage JsonRequest(Uri uri, JsonObject body, SlackTokenKind token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Options.Set(SlackAuthHandler.TokenKey, token);
        return request;
    }

    private static HttpRequestMessage FormRequest(string method, string name, string value)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(method, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>(name, value)]),
        };
        request.Options.Set(SlackAuthHandler.TokenKey, SlackTokenKind.Bot);
        return request;
    }
}
