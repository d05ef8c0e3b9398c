using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Odp.Bot.Platforms.Mattermost;
using Odp.Bot.Tests.Fakes.Mattermost;

namespace Odp.Bot.Tests.Platforms.Mattermost;

/// <summary>With RegisterCommand, the bot creates /odp on each team at start and trusts the token it gets back.</summary>
public sealed class MattermostRegistrationTests
{
    private const string TeamA = "teamodp0000000000000000001";
    private const string TeamB = "teamodp0000000000000000002";

    [Fact]
    public async Task Start_WithRegisterCommand_CreatesOdpOnEachTeamPointingAtTheBotAndTrustsItsToken()
    {
        await using var bot = await MattermostBot.StartAsync(s =>
        {
            s.Remove("Odp:Mattermost:CommandTokens:0");
            s["Odp:Mattermost:RegisterCommand"] = "true";
            s["Odp:Mattermost:Teams:0"] = TeamA;
            s["Odp:Mattermost:Teams:1"] = TeamB;
        });
        var untrusted = await bot.CommandAsync("alice", "mine"); // also waits for the host to have started

        var created = Assert.Single(bot.Server.Commands(TeamA));
        Assert.Single(bot.Server.Commands(TeamB));
        Assert.Equal("odp", created["trigger"]!.GetValue<string>());
        Assert.Equal("http://localhost/mattermost/commands", created["url"]!.GetValue<string>());
        var token = created["token"]!.GetValue<string>();

        var trusted = await bot.CommandAsync("alice", "mine", token: token);

        Assert.Equal(HttpStatusCode.Unauthorized, untrusted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, trusted.StatusCode);
    }

    [Fact]
    public async Task Start_ListSettings_AreBoundOnceWithoutDuplicates()
    {
        await using var bot = await MattermostBot.StartAsync(s =>
        {
            s["Odp:Mattermost:RegisterCommand"] = "true";
            s["Odp:Mattermost:Teams:0"] = TeamA;
            s["Odp:Mattermost:Teams:1"] = TeamB;
        });

        var options = bot.Host.Services.GetRequiredService<IOptions<MattermostOptions>>().Value;

        Assert.Equal([TeamA, TeamB], options.Teams);
        Assert.Equal(options.CommandTokens.Distinct(), options.CommandTokens);
    }

    [Fact]
    public async Task Start_AgainWithTheCommandAlreadyThere_UpdatesItAndKeepsItsToken()
    {
        string? firstToken;
        await using (var first = await MattermostBot.StartAsync(s =>
                     {
                         s["Odp:Mattermost:RegisterCommand"] = "true";
                         s["Odp:Mattermost:Teams:0"] = TeamA;
                     }))
        {
            await first.CommandAsync("alice", "mine");
            firstToken = Assert.Single(first.Server.Commands(TeamA))["token"]!.GetValue<string>();
            await first.Host.DisposeAsync();

            // A second start against the same Mattermost: the command exists, so it is updated, not duplicated.
            await using var again = new Fakes.BotHost(new Dictionary<string, string?>
            {
                ["Odp:Mattermost:Url"] = first.Server.Url,
                ["Odp:Mattermost:BotToken"] = first.Server.BotToken,
                ["Odp:Mattermost:ActionSecret"] = MattermostBot.ActionSecret,
                ["Odp:Mattermost:PublicUrl"] = "http://localhost",
                ["Odp:Mattermost:RegisterCommand"] = "true",
                ["Odp:Mattermost:Teams:0"] = TeamA,
            });
            var answer = await again.Client.SendAsync(MattermostRequests.SlashCommand(MattermostBot.Commands,
                new MattermostSlashCommandForm(firstToken, "mine", first.Server.NewResponseUrl()) { UserId = MattermostBot.UserId("alice") }));

            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Single(first.Server.Commands(TeamA));
            Assert.Single(first.Server.Calls("commands.create"));
            Assert.Single(first.Server.Calls("commands.update"));
        }
    }
}
