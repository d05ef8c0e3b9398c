using System.Text.Json.Nodes;
using Odp.Bot.Platforms.Mattermost.Api;

namespace Odp.Bot.Tests.Platforms.Mattermost.Api;

/// <summary>Listing, creating and updating the team's custom <c>/odp</c> command; the token survives updates.</summary>
public sealed class MattermostApiClientCommandTests : IAsyncLifetime
{
    private const string OtherTeam = "teamother00000000000000001";

    private static readonly MattermostCommand Odp = new(null, MattermostApiHarness.Team, "odp", "https://odp.test/mattermost/command");

    private MattermostApiHarness h = null!;

    public async Task InitializeAsync() => h = await MattermostApiHarness.StartAsync();

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task CreateCommand_NewCommand_SendsItsFieldsAndReturnsItWithIdAndToken()
    {
        var created = await h.Api.CreateCommandAsync(Odp, CancellationToken.None);

        var call = Assert.Single(h.Mattermost.Calls(MattermostOperations.CreateCommand));
        Assert.Equal(("POST", "/api/v4/commands", 201), (call.HttpMethod, call.Path, call.Status));
        Assert.Equal("Bearer " + h.Mattermost.BotToken, call.Authorization);
        var body = Assert.IsType<JsonObject>(call.Body);
        Assert.Equal(MattermostApiHarness.Team, body["team_id"]?.GetValue<string>());
        Assert.Equal("odp", body["trigger"]?.GetValue<string>());
        Assert.Equal(Odp.Url, body["url"]?.GetValue<string>());
        Assert.Equal("P", body["method"]?.GetValue<string>());
        Assert.Equal(Odp.DisplayName, body["display_name"]?.GetValue<string>());
        Assert.Equal(Odp.Description, body["description"]?.GetValue<string>());
        Assert.True(body["auto_complete"]?.GetValue<bool>());
        Assert.Equal(Odp.AutoCompleteHint, body["auto_complete_hint"]?.GetValue<string>());
        Assert.False(body.ContainsKey("id") || body.ContainsKey("token"));

        var stored = Assert.Single(h.Mattermost.Commands(MattermostApiHarness.Team));
        Assert.Equal(Odp with { Id = stored["id"]!.GetValue<string>(), Token = stored["token"]!.GetValue<string>() }, created);
    }

    [Fact]
    public async Task CreateCommand_TriggerTaken_ThrowsMattermostsError()
    {
        await h.Api.CreateCommandAsync(Odp, CancellationToken.None);

        var e = await Assert.ThrowsAsync<MattermostApiException>(() => h.Api.CreateCommandAsync(Odp, CancellationToken.None));

        Assert.Equal((MattermostOperations.CreateCommand, 400, "api.command.duplicate_trigger.app_error"), (e.Operation, e.Status, e.Id));
    }

    [Fact]
    public async Task ListCommands_Team_SendsTeamIdAndCustomOnlyAndReturnsThatTeamsCommands()
    {
        var created = await h.Api.CreateCommandAsync(Odp, CancellationToken.None);
        await h.Api.CreateCommandAsync(Odp with { TeamId = OtherTeam }, CancellationToken.None);

        var listed = await h.Api.ListCommandsAsync(MattermostApiHarness.Team, CancellationToken.None);

        Assert.Equal([created], listed);
        var call = Assert.Single(h.Mattermost.Calls(MattermostOperations.ListCommands));
        Assert.Equal(("GET", $"/api/v4/commands?team_id={MattermostApiHarness.Team}&custom_only=true"), (call.HttpMethod, call.RawTarget));
    }

    [Fact]
    public async Task UpdateCommand_NewUrl_PutsTheFullCommandAndKeepsTheToken()
    {
        var created = await h.Api.CreateCommandAsync(Odp, CancellationToken.None);

        var updated = await h.Api.UpdateCommandAsync(created with { Url = "https://odp2.test/mattermost/command" }, CancellationToken.None);

        Assert.Equal(created with { Url = "https://odp2.test/mattermost/command" }, updated);
        var call = Assert.Single(h.Mattermost.Calls(MattermostOperations.UpdateCommand));
        Assert.Equal(("PUT", "/api/v4/commands/" + created.Id, 200), (call.HttpMethod, call.Path, call.Status));
        Assert.Equal(created.Id, call.Body?["id"]?.GetValue<string>());
        Assert.Equal("https://odp2.test/mattermost/command", call.Body?["url"]?.GetValue<string>());
        Assert.Equal(created.Token, Assert.Single(h.Mattermost.Commands(MattermostApiHarness.Team))["token"]?.GetValue<string>());
    }

    [Fact]
    public async Task UpdateCommand_UnknownId_ThrowsMattermosts404()
    {
        var e = await Assert.ThrowsAsync<MattermostApiException>(
            () => h.Api.UpdateCommandAsync(Odp with { Id = "nosuchcommand0000000000001" }, CancellationToken.None));

        Assert.Equal((MattermostOperations.UpdateCommand, 404), (e.Operation, e.Status));
    }
}
