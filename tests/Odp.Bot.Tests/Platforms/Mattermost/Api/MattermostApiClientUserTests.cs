using Odp.Bot.Platforms.Mattermost.Api;
using Odp.Bot.Tests.Fakes.Mattermost;

namespace Odp.Bot.Tests.Platforms.Mattermost.Api;

/// <summary><c>users/me</c>, <c>users/{id}</c> and <c>users/email/{email}</c> against the fake, with the bot's bearer token.</summary>
public sealed class MattermostApiClientUserTests : IAsyncLifetime
{
    private MattermostApiHarness h = null!;

    public async Task InitializeAsync() => h = await MattermostApiHarness.StartAsync();

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task GetMe_BotToken_ReturnsTheBotUser()
    {
        var me = await h.Api.GetMeAsync(CancellationToken.None);

        Assert.Equal(new MattermostUser(FakeMattermostServer.BotUserId, FakeMattermostServer.BotUsername, null), me);
        var call = Assert.Single(h.Mattermost.Calls(MattermostOperations.GetMe));
        Assert.Equal(("GET", "/api/v4/users/me", 200), (call.HttpMethod, call.Path, call.Status));
        Assert.Equal("Bearer " + h.Mattermost.BotToken, call.Authorization);
        Assert.Equal("", call.RawBody);
    }

    [Fact]
    public async Task GetUser_KnownId_ReturnsIdUsernameAndEmail()
    {
        var user = await h.Api.GetUserAsync(MattermostApiHarness.Owner, CancellationToken.None);

        Assert.Equal(new MattermostUser(MattermostApiHarness.Owner, "owen", "owen@example.com"), user);
        var call = Assert.Single(h.Mattermost.Calls(MattermostOperations.GetUser));
        Assert.Equal(("GET", "/api/v4/users/" + MattermostApiHarness.Owner), (call.HttpMethod, call.Path));
        Assert.Equal("Bearer " + h.Mattermost.BotToken, call.Authorization);
    }

    [Fact]
    public async Task GetUser_UnknownId_ThrowsMattermostsError()
    {
        var e = await Assert.ThrowsAsync<MattermostApiException>(() => h.Api.GetUserAsync("nosuchuser0000000000000001", CancellationToken.None));

        Assert.Equal((MattermostOperations.GetUser, 404, "app.user.missing_account.const"), (e.Operation, e.Status, e.Id));
        Assert.Equal("Unable to find the user.", e.ErrorMessage);
    }

    [Fact]
    public async Task GetUserByEmail_KnownEmail_ReturnsTheUser()
    {
        var user = await h.Api.GetUserByEmailAsync("ANA@example.com", CancellationToken.None);

        Assert.Equal(MattermostApiHarness.Analyst, user?.Id);
        Assert.Equal("ana", user?.Username);
    }

    [Fact]
    public async Task GetUserByEmail_PlusAndAt_AreUrlEncodedInThePath()
    {
        h.Mattermost.AddUser("userplus000000000000000001", "plus", "ana+data@example.com");

        var user = await h.Api.GetUserByEmailAsync("ana+data@example.com", CancellationToken.None);

        Assert.Equal("userplus000000000000000001", user?.Id);
        var call = Assert.Single(h.Mattermost.Calls(MattermostOperations.GetUserByEmail));
        Assert.Equal("/api/v4/users/email/ana%2Bdata%40example.com", call.RawTarget);
    }

    [Fact]
    public async Task GetUserByEmail_Unknown404_ReturnsNull()
    {
        var user = await h.Api.GetUserByEmailAsync("nobody@example.com", CancellationToken.None);

        Assert.Null(user);
        Assert.Equal(404, Assert.Single(h.Mattermost.Calls(MattermostOperations.GetUserByEmail)).Status);
    }

    [Fact]
    public async Task GetUserByEmail_OtherError_Throws()
    {
        h.Mattermost.ErrorNext(MattermostOperations.GetUserByEmail, 403, "api.context.permissions.app_error", "You do not have the appropriate permissions.");

        var e = await Assert.ThrowsAsync<MattermostApiException>(() => h.Api.GetUserByEmailAsync("ana@example.com", CancellationToken.None));

        Assert.Equal((403, "api.context.permissions.app_error"), (e.Status, e.Id));
    }
}
