using System.Net;
using Odp.Engine.Tickets;
using Odp.IntegrationTests.Storage.Postgres;

namespace Odp.IntegrationTests.Slack;

/// <summary>
/// Two replicas of the Slack host sharing one PostgreSQL: Slack retries a request it thinks was lost, and the retry
/// may reach the other replica. Whichever receives them, the same signed request acts once.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SlackReplicasTests(PostgresFixture postgres) : IAsyncLifetime
{
    private readonly PostgresScratch scratch = new(postgres);
    private readonly RecordingSlackApi slack = new();
    private SlackReplica first = null!;
    private SlackReplica second = null!;

    public async Task InitializeAsync()
    {
        var connectionString = (await scratch.OpenAsync()).ConnectionString; // migrated once; each replica opens its own pool
        first = new SlackReplica(connectionString, slack);
        second = new SlackReplica(connectionString, slack);
    }

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
        await scratch.DisposeAsync();
    }

    [Fact]
    public async Task Commands_SameSignedRequestToBothReplicasAtOnce_RunsOnce()
    {
        var responseUrl = new Uri("https://hooks.slack.test/commands/T0FAKE0001/1/retried");
        var request = Form(
            ("team_id", "T0FAKE0001"), ("channel_id", "C0GENERAL"), ("user_id", "U0ALICE"), ("command", "/odp"),
            ("text", "request lake.sales.orders --reason \"Q3 churn model\""), ("response_url", responseUrl.ToString()));
        var sentAt = DateTimeOffset.UtcNow;

        var acks = await Task.WhenAll(
            first.PostSignedAsync("/slack/commands", request, sentAt), second.PostSignedAsync("/slack/commands", request, sentAt));
        await Task.WhenAll(first.IdleAsync(), second.IdleAsync());

        Assert.All(acks, ack => Assert.Equal(HttpStatusCode.OK, ack.StatusCode));
        Assert.Contains("ODP-1", Assert.Single(slack.ResponsesTo(responseUrl)).Text);
        var filed = await Task.WhenAll(first.TicketAsync("ODP-1"), second.TicketAsync("ODP-1"));
        Assert.All(filed, ticket => Assert.Equal(TicketState.Pending, ticket?.State)); // one store: both replicas see it
        Assert.Null(await first.TicketAsync("ODP-2"));
    }

    private static string Form(params (string Name, string Value)[] fields) =>
        string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Name)}={Uri.EscapeDataString(f.Value)}"));
}
