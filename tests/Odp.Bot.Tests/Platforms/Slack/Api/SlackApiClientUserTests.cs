using Odp.Bot.Platforms.Slack.Api;

namespace Odp.Bot.Tests.Platforms.Slack.Api;

/// <summary><c>users.info</c> and <c>users.lookupByEmail</c> (form posts) against the fake Slack.</summary>
public sealed class SlackApiClientUserTests : IAsyncLifetime
{
    private SlackApiHarness h = null!;

    public async Task InitializeAsync() => h = await SlackApiHarness.StartAsync();

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task GetUser_KnownUser_ReturnsRealNameAndEmail()
    {
        var user = await h.Api.GetUserAsync(SlackApiHarness.Analyst, CancellationToken.None);

        Assert.Equal(new SlackUser(SlackApiHarness.Analyst, "Ana Lyst", "ana@example.com"), user);
        var call = Assert.Single(h.Slack.Calls("users.info"));
        Assert.Equal("POST", call.HttpMethod);
        Assert.StartsWith("application/x-www-form-urlencoded", call.Headers["Content-Type"]);
        Assert.Equal(SlackApiHarness.Analyst, call.Body["user"]!.GetValue<string>());
        Assert.Equal("Bearer " + h.Slack.BotToken, call.Authorization);
    }

    [Fact]
    public async Task GetUser_UnknownUser_ThrowsUserNotFound()
    {
        var e = await Assert.ThrowsAsync<SlackApiException>(() => h.Api.GetUserAsync("U0NOBODY01", CancellationToken.None));

        Assert.Equal("users.info", e.Method);
        Assert.Equal("user_not_found", e.Error);
    }

    [Fact]
    public async Task LookupUserByEmail_KnownEmail_ReturnsTheUser()
    {
        var user = await h.Api.LookupUserByEmailAsync("OWEN@example.com", CancellationToken.None);

        Assert.Equal(new SlackUser(SlackApiHarness.Owner, "Owen Owner", "owen@example.com"), user);
        Assert.Equal("OWEN@example.com", Assert.Single(h.Slack.Calls("users.lookupByEmail")).Body["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task LookupUserByEmail_UnknownEmail_ReturnsNull()
    {
        var user = await h.Api.LookupUserByEmailAsync("nobody@example.com", CancellationToken.None);

        Assert.Null(user);
        Assert.Equal("users_not_found", Assert.Single(h.Slack.Calls("users.lookupByEmail")).Error);
    }

    [Fact]
    public async Task GetUser_NoRealName_FallsBackToHandle()
    {
        h.Slack.AddUser("U0HANDLE01", "handle-only", null, realName: "");

        var user = await h.Api.GetUserAsync("U0HANDLE01", CancellationToken.None);

        Assert.Equal(new SlackUser("U0HANDLE01", "handle-only", null), user);
    }
}
