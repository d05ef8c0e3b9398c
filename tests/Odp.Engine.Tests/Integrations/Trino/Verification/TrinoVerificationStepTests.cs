using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Access;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Integrations.Trino.Verification;
using Odp.Engine.Tests.Fakes.Trino;
using Odp.Engine.Tickets;
using static Odp.Engine.Tests.Integrations.Trino.Client.TrinoClientFixture;

namespace Odp.Engine.Tests.Integrations.Trino.Verification;

public sealed class TrinoVerificationStepTests : IAsyncLifetime
{
    private readonly string rules = Path.Combine(Path.GetTempPath(), "odp-verify-" + Guid.NewGuid().ToString("N") + ".json");
    private readonly TimerWatchingTimeProvider time = new();
    private FakeTrinoServer trino = null!;

    public async Task InitializeAsync()
    {
        trino = await FakeTrinoServer.StartAsync();
        trino.RulesFile = rules;
        SeedOrders(trino, 3);
    }

    public async Task DisposeAsync()
    {
        await trino.DisposeAsync();
        File.Delete(rules);
    }

    [Fact]
    public async Task RunAsync_GrantWrittenForTheUser_PassesAsThatUser()
    {
        WriteRulesGranting("alice");

        await Step().RunAsync(Ticket("alice"), CancellationToken.None);

        var post = Assert.Single(trino.Calls, c => c.Method == "POST");
        Assert.Equal("alice", post.User);
        Assert.Equal("""SELECT * FROM "lake"."sales"."orders" LIMIT 0""", post.Body);
    }

    [Fact]
    public async Task RunAsync_GrantWrittenWrongly_FailsWithTrinosMessageAfterTheRefreshWindow()
    {
        WriteRulesGranting("bob");
        var started = time.GetUtcNow();

        var run = Step().RunAsync(Ticket("alice"), CancellationToken.None);
        // 5s refresh period + 2s margin, retried every 1s.
        for (var wait = 1; wait <= 7; wait++)
        {
            await time.WaitForTimerAsync(TimeSpan.FromSeconds(1), wait);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => run);
        Assert.Contains("Access Denied: Cannot select from table lake.sales.orders", e.Message);
        Assert.True(time.GetUtcNow() - started >= TimeSpan.FromSeconds(5));
        Assert.Equal(8, trino.Calls.Count(c => c.Method == "POST"));
    }

    [Fact]
    public async Task RunAsync_RulesAppliedDuringTheWindow_Passes()
    {
        WriteRulesGranting("bob");

        var run = Step().RunAsync(Ticket("alice"), CancellationToken.None);
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        WriteRulesGranting("alice");
        time.Advance(TimeSpan.FromSeconds(1));

        await run;
        Assert.Equal(2, trino.Calls.Count(c => c.Method == "POST"));
    }

    private TrinoVerificationStep Step() => new(
        ClientFor(trino, time), Options.Create(new TrinoOptions { RefreshPeriod = "5s" }), time, NullLogger<TrinoVerificationStep>.Instance);

    private void WriteRulesGranting(string user) => File.WriteAllText(rules, $$"""
        {"catalogs":[{"catalog":"lake","allow":"read-only"}],
         "tables":[{"user":"{{user}}","catalog":"lake","schema":"sales","table":"orders","privileges":["SELECT"]}]}
        """);

    private static TicketData Ticket(string user) => Odp.Engine.Tickets.Ticket.Open(
        "ODP-1", new TicketRequest("lake.sales.orders", user, AccessLevel.Read, TimeSpan.FromDays(30), "model", "analysts"),
        DateTimeOffset.UnixEpoch).Data;
}
