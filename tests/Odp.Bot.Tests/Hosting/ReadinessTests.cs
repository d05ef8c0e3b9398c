using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using Odp.Bot.Hosting.Health;
using Odp.Bot.Tests.Fakes;
using Odp.Bot.Tests.Fakes.Mattermost;
using Odp.Bot.Tests.Fakes.Slack;
using Odp.Engine.Catalog.Readiness;
using Odp.Engine.Storage;
using Odp.Engine.Tests.Fakes.Trino;

namespace Odp.Bot.Tests.Hosting;

/// <summary>
/// <c>/healthz/ready</c> on the served host: 503 naming what is not ready (and why) until the catalog has loaded and
/// every configured dependency answers, 200 with the same shape after; checks run at most once per 5 s (a fake clock
/// moves the probe's cache) and each within 2 s.
/// </summary>
public sealed class ReadinessTests
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-03-02T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task Ready_WhileTheCatalogLoads_503NamingTheCatalogThen200()
    {
        await using var openMetadata = await OpenMetadataOn.StartAsync(held: true);
        await using var host = new BotHost(OpenMetadataOn.Settings(openMetadata), ProbeOnFakeClock);
        await openMetadata.TablesAsked.Task;

        var loading = await ReadinessBody.GetAsync(host.Client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, loading.Status);
        Assert.Equal("not ready", loading.Json["status"]!.GetValue<string>());
        Assert.Equal(["catalog"], loading.NotReady);
        Assert.StartsWith("still loading", loading.Detail("catalog"));
        Assert.Equal(["catalog", "store"], loading.Names);

        openMetadata.HoldTables!.SetResult();
        await host.Services.GetRequiredService<CatalogReadiness>().WhenReady;
        clock.Advance(ReadinessProbe.CacheFor);
        var loaded = await ReadinessBody.GetAsync(host.Client);

        Assert.Equal(HttpStatusCode.OK, loaded.Status);
        Assert.Equal("ready", loaded.Json["status"]!.GetValue<string>());
        Assert.Empty(loaded.NotReady);
        Assert.Equal(["catalog", "store"], loaded.Names);
    }

    [Fact]
    public async Task Ready_WithTheStoreNotAnswering_503NamingTheStoreAndWhy()
    {
        await using var host = new BotHost(new Dictionary<string, string?>(), s => s.AddSingleton<IStoreProbe, UnreachableStoreProbe>());

        var answer = await ReadinessBody.GetAsync(host.Client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status);
        Assert.Equal(["store"], answer.NotReady);
        Assert.Equal("LiteDB does not answer: Input/output error reading odp.db", answer.Detail("store"));
    }

    [Fact]
    public async Task Ready_WithSlackAcceptingTheToken_200NamingSlack()
    {
        await using var bot = await SlackBot.StartAsync(services: ProbeOnFakeClock);

        var answer = await ReadinessBody.GetAsync(bot.Client);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(["catalog", "store", "slack"], answer.Names);
        Assert.Contains("U0ODPBOT", answer.Detail("slack"));
        Assert.Equal($"Bearer {bot.Slack.BotToken}", Assert.Single(bot.Slack.Calls("auth.test")).Headers["Authorization"]);
    }

    [Fact]
    public async Task Ready_WithSlackRefusingTheToken_503NamingSlackAndItsError()
    {
        await using var bot = await SlackBot.StartAsync(services: ProbeOnFakeClock);
        bot.Slack.ErrorNext("auth.test", "token_revoked");

        var answer = await ReadinessBody.GetAsync(bot.Client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status);
        Assert.Equal(["slack"], answer.NotReady);
        Assert.Equal("Slack auth.test failed: token_revoked", answer.Detail("slack"));
        Assert.DoesNotContain(bot.Slack.BotToken, answer.Text);
        Assert.DoesNotContain(SlackBot.Secret, answer.Text);
    }

    [Fact]
    public async Task Ready_WithSlackHanging_AnswersWithinItsTimeoutNamingSlack()
    {
        await using var bot = await SlackBot.StartAsync(services: ProbeOnFakeClock);
        bot.Slack.HangNext("auth.test");

        var answer = await ReadinessBody.GetAsync(bot.Client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status);
        Assert.Equal("no answer within 2s", answer.Detail("slack"));
    }

    [Fact]
    public async Task Ready_AskedManyTimesWithinTheCache_AsksTheBackendOnceThenAgainAfterIt()
    {
        await using var bot = await SlackBot.StartAsync(services: ProbeOnFakeClock);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => ReadinessBody.GetAsync(bot.Client)));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Single(bot.Slack.Calls("auth.test"));

        clock.Advance(ReadinessProbe.CacheFor);
        await ReadinessBody.GetAsync(bot.Client);
        Assert.Equal(2, bot.Slack.Calls("auth.test").Count);
    }

    [Fact]
    public async Task Ready_WithMattermostRefusingTheToken_503NamingMattermost()
    {
        await using var bot = await MattermostBot.StartAsync(services: ProbeOnFakeClock);
        bot.Server.ErrorNext("users.me", 401, "api.context.session_expired.app_error", "Invalid or expired session, please login again.");

        var answer = await ReadinessBody.GetAsync(bot.Host.Client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status);
        Assert.Equal(["mattermost"], answer.NotReady);
        Assert.Contains("Invalid or expired session", answer.Detail("mattermost"));
        Assert.DoesNotContain(bot.Server.BotToken, answer.Text);
    }

    [Fact]
    public async Task Ready_WithTrinoQueriesOnAndTrinoRefusingTheBot_503NamingTrinoThen200()
    {
        await using var trino = await FakeTrinoServer.StartAsync();
        trino.RequiredAuthorization = "Bearer another-token";
        await using var host = new BotHost(
            new Dictionary<string, string?> { ["Odp:Trino:Queries"] = "true", ["Odp:Trino:CoordinatorUrl"] = trino.BaseUrl.ToString() },
            ProbeOnFakeClock);

        var down = await ReadinessBody.GetAsync(host.Client);
        trino.RequiredAuthorization = null;
        clock.Advance(ReadinessProbe.CacheFor);
        var up = await ReadinessBody.GetAsync(host.Client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.Status);
        Assert.Equal(["trino"], down.NotReady);
        Assert.Equal($"http://127.0.0.1:{trino.BaseUrl.Port} answered HTTP 401 to /v1/info", down.Detail("trino"));
        Assert.Equal(HttpStatusCode.OK, up.Status);
        Assert.Equal(["catalog", "store", "trino"], up.Names);
        Assert.Contains(trino.Calls, c => c.Method == "GET" && c.Path == "/v1/info");
    }

    private void ProbeOnFakeClock(IServiceCollection services) =>
        services.AddSingleton(sp => new ReadinessProbe(sp.GetRequiredService<HealthCheckService>(), clock));
}
