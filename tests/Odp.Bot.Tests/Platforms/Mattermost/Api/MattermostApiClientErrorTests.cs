using Odp.Bot.Platforms.Mattermost.Api;
using Odp.Engine.Integrations.Http;

namespace Odp.Bot.Tests.Platforms.Mattermost.Api;

/// <summary>Mattermost's error JSON, non-JSON errors, and which calls are retried after a 5xx (never the creating ones).</summary>
public sealed class MattermostApiClientErrorTests : IAsyncLifetime
{
    private static readonly TimeSpan FirstBackoff = Backends.Defaults(Backends.Mattermost).BaseDelay;

    private MattermostApiHarness h = null!;

    public async Task InitializeAsync() => h = await MattermostApiHarness.StartAsync();

    public async Task DisposeAsync() => await h.DisposeAsync();

    private Task Invoke(string operation) => operation switch
    {
        MattermostOperations.CreatePost => h.Api.CreatePostAsync(new MattermostPost(MattermostApiHarness.Channel, "once"), CancellationToken.None),
        MattermostOperations.CreateEphemeralPost =>
            h.Api.CreateEphemeralPostAsync(MattermostApiHarness.Analyst, new MattermostPost(MattermostApiHarness.Channel, "once"), CancellationToken.None),
        MattermostOperations.Respond => h.Api.RespondAsync(h.Mattermost.NewResponseUrl(), new MattermostResponse("once"), CancellationToken.None),
        MattermostOperations.CreateCommand =>
            h.Api.CreateCommandAsync(new MattermostCommand(null, MattermostApiHarness.Team, "odp", "https://odp.test/c"), CancellationToken.None),
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    [Fact]
    public async Task GetMe_WrongBotToken_ThrowsSessionExpiredWithoutLeakingTheToken()
    {
        h.Mattermost.BotToken = "therealtoken00000000000000";

        var e = await Assert.ThrowsAsync<MattermostApiException>(() => h.Api.GetMeAsync(CancellationToken.None));

        Assert.Equal((401, "api.context.session_expired.app_error"), (e.Status, e.Id));
        Assert.Equal("Invalid or expired session, please login again.", e.ErrorMessage);
        Assert.DoesNotContain("fakebottoken", e.Message);
    }

    [Fact]
    public async Task CreatePost_UnknownChannel_ThrowsMattermostsPermissionError()
    {
        var e = await Assert.ThrowsAsync<MattermostApiException>(
            () => h.Api.CreatePostAsync(new MattermostPost("nosuchchannel0000000000001", "hi"), CancellationToken.None));

        Assert.Equal((MattermostOperations.CreatePost, 403, "api.context.permissions.app_error"), (e.Operation, e.Status, e.Id));
    }

    [Fact]
    public async Task OpenDirectChannel_UnknownUser_ThrowsMattermosts404()
    {
        var e = await Assert.ThrowsAsync<MattermostApiException>(
            () => h.Api.OpenDirectChannelAsync(Fakes.Mattermost.FakeMattermostServer.BotUserId, "nosuchuser0000000000000001", CancellationToken.None));

        Assert.Equal((404, "app.user.missing_account.const"), (e.Status, e.Id));
    }

    [Fact]
    public async Task PatchPost_InjectedError_CarriesItsIdAndMessage()
    {
        h.Mattermost.ErrorNext(MattermostOperations.PatchPost, 400, "model.post.is_valid.props.app_error", "Invalid props.");

        var e = await Assert.ThrowsAsync<MattermostApiException>(
            () => h.Api.PatchPostAsync("anypost0000000000000000001", new MattermostPost(MattermostApiHarness.Channel, "x"), CancellationToken.None));

        Assert.Equal((400, "model.post.is_valid.props.app_error", "Invalid props."), (e.Status, e.Id, e.ErrorMessage));
    }

    [Theory]
    [InlineData(MattermostOperations.CreatePost)]
    [InlineData(MattermostOperations.CreateEphemeralPost)]
    [InlineData(MattermostOperations.Respond)]
    [InlineData(MattermostOperations.CreateCommand)]
    public async Task Creating_ServerError_FailsAfterExactlyOneCall(string operation)
    {
        h.Mattermost.ServerErrorNext(operation, count: 5);

        var e = await Assert.ThrowsAsync<MattermostApiException>(() => Invoke(operation));

        Assert.Equal((operation, 500, "http_500"), (e.Operation, e.Status, e.Id));
        Assert.Single(h.Mattermost.Calls(operation));
        Assert.Equal(0, h.Time.TimersCreated(FirstBackoff));
    }

    [Fact]
    public async Task GetUser_ServerErrorThenSuccess_IsRetried()
    {
        h.Mattermost.ServerErrorNext(MattermostOperations.GetUser);

        var call = h.Api.GetUserAsync(MattermostApiHarness.Owner, CancellationToken.None);
        await h.Time.WaitForTimerAsync(FirstBackoff);
        h.Time.Advance(FirstBackoff);
        var user = await call;

        Assert.Equal("owen", user.Username);
        Assert.Equal([500, 200], h.Mattermost.Calls(MattermostOperations.GetUser).Select(c => c.Status));
    }

    [Fact]
    public async Task GetMe_BadGatewayPage_ThrowsHttp502WithThePage()
    {
        await using var noRetry = await MattermostApiHarness.StartAsync(maxAttempts: 1);
        noRetry.Mattermost.ServerErrorNext(MattermostOperations.GetMe, status: 502);

        var e = await Assert.ThrowsAsync<MattermostApiException>(() => noRetry.Api.GetMeAsync(CancellationToken.None));

        Assert.Equal((502, "http_502"), (e.Status, e.Id));
        Assert.Contains("Internal Server Error", e.ErrorMessage);
    }
}
