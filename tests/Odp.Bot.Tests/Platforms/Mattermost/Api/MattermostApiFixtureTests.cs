using System.Text.Json.Nodes;
using Odp.Bot.Platforms.Mattermost.Api;
using Odp.Bot.Tests.Fakes;
using Odp.Bot.Tests.Fakes.Mattermost;

namespace Odp.Bot.Tests.Platforms.Mattermost.Api;

/// <summary>
/// Mattermost's documented examples (copied from /work/shared/reference/fixtures into Fixtures/): the client sends
/// and the request builders produce their shapes.
/// </summary>
public sealed class MattermostApiFixtureTests : IAsyncLifetime
{
    private MattermostApiHarness h = null!;

    public async Task InitializeAsync() => h = await MattermostApiHarness.StartAsync();

    public async Task DisposeAsync() => await h.DisposeAsync();

    private static string FixtureText(string name) =>
        File.ReadAllText(Path.Combine(SourceTree.Root, "tests", "Odp.Bot.Tests", "Platforms", "Mattermost", "Api", "Fixtures", name));

    private static JsonObject Fixture(string name) => (JsonObject)JsonNode.Parse(FixtureText(name))!;

    [Theory]
    [InlineData("mattermost-interactive-message-buttons.json")]
    [InlineData("mattermost-interactive-message-buttons-styled.json")]
    public async Task CreatePost_DocumentedButtons_SentAsPropsAttachmentsUnchanged(string fixture)
    {
        var attachments = (JsonArray)Fixture(fixture)["attachments"]!;

        var id = await h.Api.CreatePostAsync(new MattermostPost(MattermostApiHarness.Channel, "", attachments), CancellationToken.None);

        var body = Assert.Single(h.Mattermost.Calls(MattermostOperations.CreatePost)).Body;
        Assert.True(JsonNode.DeepEquals(attachments, body?["props"]?["attachments"]));
        Assert.True(JsonNode.DeepEquals(attachments, h.Mattermost.Post(id)?.Attachments));
    }

    [Fact]
    public async Task PatchPost_Body_HasTheDocumentedUpdateShape()
    {
        var update = (JsonObject)Fixture("mattermost-action-response-update.json")["update"]!;
        var id = await h.Api.CreatePostAsync(new MattermostPost(MattermostApiHarness.Channel, "before"), CancellationToken.None);

        await h.Api.PatchPostAsync(id, new MattermostPost(MattermostApiHarness.Channel, "Updated!"), CancellationToken.None);

        var body = Assert.IsType<JsonObject>(Assert.Single(h.Mattermost.Calls(MattermostOperations.PatchPost)).Body);
        Assert.Equal(update.Select(p => p.Key).Order(), body.Select(p => p.Key).Order());
        Assert.Equal(update["message"]!.GetValue<string>(), body["message"]!.GetValue<string>());
        Assert.IsType<JsonObject>(body["props"]);
    }

    [Fact]
    public void ResponseToJson_DocumentedButtons_ProducesTheDocumentedAttachments()
    {
        var attachments = (JsonArray)Fixture("mattermost-interactive-message-buttons-styled.json")["attachments"]!;

        var json = new MattermostResponse("Review", attachments, "in_channel").ToJson();

        Assert.Equal("in_channel", json["response_type"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(attachments, json["attachments"]));
    }

    [Fact]
    public void SlashCommandForm_Fields_AreTheDocumentedOnes()
    {
        var text = FixtureText("mattermost-slash-command-request.http.txt").ReplaceLineEndings("\n");
        var body = text[(text.IndexOf("\n\n", StringComparison.Ordinal) + 2)..].Replace("&\n", "&").Trim();
        var documented = body.Split('&').Select(f => f.Split('=')[0]).Order();

        var form = new MattermostSlashCommandForm("qzgakf1nx3yt9dr4n8585ihbxy", "toronto week", h.Mattermost.NewResponseUrl());

        Assert.Equal(documented, form.Fields().Select(f => f.Key).Order());
        Assert.Contains("Authorization: Token qzgakf1nx3yt9dr4n8585ihbxy", text);
    }

    [Fact]
    public async Task SlashCommandRequest_Built_CarriesTokenSchemeAndForm()
    {
        var form = new MattermostSlashCommandForm("cmdtoken", "search churn", new Uri("http://mm.test/hooks/commands/abc"));

        using var request = MattermostRequests.SlashCommand(new Uri("http://odp.test/mattermost/command"), form);

        Assert.Equal("Token cmdtoken", request.Headers.GetValues("Authorization").Single());
        Assert.Equal("application/x-www-form-urlencoded", request.Content!.Headers.ContentType!.MediaType);
        var sent = await request.Content.ReadAsStringAsync();
        Assert.StartsWith("token=cmdtoken&team_id=", sent);
        Assert.Contains("&command=%2Fodp&text=search+churn&", sent);
        Assert.EndsWith("&response_url=http%3A%2F%2Fmm.test%2Fhooks%2Fcommands%2Fabc", sent);
    }

    [Fact]
    public void ActionCallback_ToJson_HasEveryDocumentedField()
    {
        var documented = Fixture("mattermost-action-request.json");

        var json = new MattermostActionCallback("rd49ehbqyjytddasoownkuqrxe", "gqrnh3675jfxzftnjyjfe4udeh", new JsonObject { ["action"] = "do_something" }).ToJson();

        Assert.All(documented.Select(p => p.Key), key => Assert.True(json.ContainsKey(key), key));
        Assert.True(JsonNode.DeepEquals(documented["context"], json["context"]));
        Assert.Equal(
            ["channel_id", "context", "post_id", "team_id", "trigger_id", "type", "user_id", "user_name"],
            json.Select(p => p.Key).Order());
    }
}
