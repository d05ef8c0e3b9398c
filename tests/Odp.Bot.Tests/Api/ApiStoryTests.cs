using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Odp.Bot.Tests.Fakes;

namespace Odp.Bot.Tests.Api;

/// <summary>The whole loop over HTTP, with the hosted provisioning worker running as it does in production.</summary>
public sealed class ApiStoryTests : IAsyncLifetime
{
    private readonly ApiHost host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Story_AliceRequestsBobApproves_TicketBecomesActiveAndTrinoGrantsAlice()
    {
        var alice = await host.As("alice");
        var created = await alice.PostAsJsonAsync("/api/v1/requests",
            new { dataset = "lake.sales.orders", reason = "Quarterly churn analysis", duration = "30d" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await ApiHost.ReadAsync(created)).GetProperty("id").GetString();

        var bob = await host.As("bob");
        var queue = await ApiHost.ReadAsync(await bob.GetAsync("/api/v1/requests?pending=true"));
        Assert.Contains(id, queue.EnumerateArray().Select(t => t.GetProperty("id").GetString()));

        var approved = await bob.PostAsync($"/api/v1/requests/{id}/approve", null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("bob", (await ApiHost.ReadAsync(approved)).GetProperty("decidedBy").GetString());

        var ticket = await WaitForStateAsync(alice, id!, "active");
        Assert.All(ticket.GetProperty("steps").EnumerateArray(), s => Assert.Equal("done", s.GetProperty("status").GetString()));
        Assert.EndsWith("Z", ticket.GetProperty("expiresAt").GetString());
        Assert.Equal([("alice", "lake.sales.orders", "SELECT")], RulesAssert.Grants(host.Rules()));

        var workspaces = await ApiHost.ReadAsync(await alice.GetAsync("/api/v1/workspaces"));
        var analysts = workspaces.EnumerateArray().Single(w => w.GetProperty("team").GetString() == "analysts");
        Assert.True(analysts.GetProperty("provisioned").GetBoolean());
        var grant = analysts.GetProperty("grants").EnumerateArray().Single();
        Assert.Equal((id, "lake.sales.orders", "active"),
            (grant.GetProperty("ticketId").GetString(), grant.GetProperty("dataset").GetString(), grant.GetProperty("state").GetString()));
    }

    /// <summary>Polls the ticket until the worker has moved it to <paramref name="state"/>; fails after a bounded wait.</summary>
    private static async Task<JsonElement> WaitForStateAsync(HttpClient client, string id, string state)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        JsonElement ticket;
        do
        {
            ticket = await ApiHost.ReadAsync(await client.GetAsync($"/api/v1/requests/{id}", timeout.Token));
            if (ticket.GetProperty("state").GetString() == state) return ticket;
            await Task.Delay(TimeSpan.FromMilliseconds(20), timeout.Token);
        }
        while (true);
    }
}
