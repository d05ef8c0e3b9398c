using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Odp.Bot.Tests.Fakes.Mattermost;

/// <summary>
/// Builds the requests Mattermost sends the bot, for endpoint tests (send them with any client): a slash command
/// (form body, <c>Authorization: Token &lt;command token&gt;</c>, <c>Accept: application/json</c>, as the server's
/// <c>DoCommandRequest</c> does) and a button's action callback (JSON, unsigned).
/// </summary>
public static class MattermostRequests
{
    public static HttpRequestMessage SlashCommand(Uri endpoint, MattermostSlashCommandForm form) =>
        SlashCommand(endpoint, form.Token, form.Fields());

    /// <summary>A slash command with exactly <paramref name="fields"/> (to test missing or odd fields).</summary>
    public static HttpRequestMessage SlashCommand(Uri endpoint, string headerToken, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.TryAddWithoutValidation("Authorization", "Token " + headerToken);
        request.Headers.UserAgent.ParseAdd("Mattermost-Bot/1.1");
        return request;
    }

    public static HttpRequestMessage Action(Uri integrationUrl, MattermostActionCallback callback) => Action(integrationUrl, callback.ToJson());

    public static HttpRequestMessage Action(Uri integrationUrl, JsonObject body) => new(HttpMethod.Post, integrationUrl)
    {
        Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
    };
}
