using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Odp.Bot.Tests.Api;

/// <summary><c>/api/v1/requests</c>: filing, reading and deciding requests under the same rules as chat.</summary>
public sealed class RequestEndpointTests : IAsyncLifetime
{
    private readonly ApiHost host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Create_NewRequest_Answers201WithLocationAndThePendingTicket()
    {
        var alice = await host.As("alice");

        var response = await alice.PostAsJsonAsync("/api/v1/requests",
            new { dataset = "lake.sales.orders", reason = "Quarterly churn analysis", duration = "30d", access = "read" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var ticket = await ApiHost.ReadAsync(response);
        var id = ticket.GetProperty("id").GetString();
        Assert.Equal($"/api/v1/requests/{id}", response.Headers.Location?.ToString());
        Assert.Equal("pending", ticket.GetProperty("state").GetString());
        Assert.Equal("read", ticket.GetProperty("access").GetString());
        Assert.Equal("30d", ticket.GetProperty("duration").GetString());
        Assert.Equal("analysts", ticket.GetProperty("workspace").GetString());
        Assert.EndsWith("Z", ticket.GetProperty("createdAt").GetString());
    }

    [Fact]
    public async Task Create_ForTeam_TicketNamesTheTeamAndItsWorkspace()
    {
        var erin = await host.As("erin");

        var response = await erin.PostAsJsonAsync("/api/v1/requests",
            new { dataset = "lake.sales.orders", reason = "Quarterly churn analysis", team = "analysts" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var ticket = await ApiHost.ReadAsync(response);
        Assert.Equal("analysts", ticket.GetProperty("team").GetString());
        Assert.Equal("analysts", ticket.GetProperty("workspace").GetString());
        Assert.Equal("erin", ticket.GetProperty("user").GetString());
    }

    [Fact]
    public async Task Create_ForTeamTheCallerIsNotIn_Answers400SayingSo()
    {
        var dave = await host.As("dave");

        var response = await dave.PostAsJsonAsync("/api/v1/requests",
            new { dataset = "lake.sales.orders", reason = "Quarterly churn analysis", team = "analysts" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("you are not in 'analysts'", (await ApiHost.ReadAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Create_SameRequestAgain_Answers200WithTheOpenTicket()
    {
        var alice = await host.As("alice");
        var first = await ApiHost.ReadAsync(await Ask(alice, "lake.sales.orders"));

        var again = await Ask(alice, "lake.sales.orders");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first.GetProperty("id").GetString(), (await ApiHost.ReadAsync(again)).GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("{\"dataset\":\"lake.sales.orders\",\"reason\":\"x\"}", "at least")]
    [InlineData("{\"dataset\":\"lake.sales.orders\",\"reason\":\"Quarterly churn analysis\",\"access\":\"admin\"}", "read or write")]
    [InlineData("{\"dataset\":\"lake.sales.orders\",\"reason\":\"Quarterly churn analysis\",\"duration\":\"forever\"}", "not a duration")]
    [InlineData("{\"reason\":\"Quarterly churn analysis\"}", "dataset is required")]
    public async Task Create_InvalidRequest_Answers400ProblemSayingWhy(string json, string why)
    {
        var alice = await host.As("alice");

        var response = await alice.PostAsync("/api/v1/requests", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(why, (await ApiHost.ReadAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Create_UnknownDataset_Answers404()
    {
        var alice = await host.As("alice");

        Assert.Equal(HttpStatusCode.NotFound, (await Ask(alice, "lake.sales.nothing")).StatusCode);
    }

    [Fact]
    public async Task List_MineAndPending_ShowTheRequesterAndTheOwnerTheirSide()
    {
        var alice = await host.As("alice");
        var bob = await host.As("bob");
        var id = await IdOf(await Ask(alice, "lake.sales.orders"));

        var mine = await ApiHost.ReadAsync(await alice.GetAsync("/api/v1/requests?mine=true"));
        var alicesQueue = await ApiHost.ReadAsync(await alice.GetAsync("/api/v1/requests?pending=true"));
        var bobsQueue = await ApiHost.ReadAsync(await bob.GetAsync("/api/v1/requests?pending=true"));
        var bobsOwn = await ApiHost.ReadAsync(await bob.GetAsync("/api/v1/requests"));

        Assert.Equal([id], mine.EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        Assert.Equal(0, alicesQueue.GetArrayLength());
        Assert.Equal([id], bobsQueue.EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        Assert.Equal(0, bobsOwn.GetArrayLength());
    }

    [Fact]
    public async Task Get_ByRequesterOrOwner_AnswersTheTicketWithItsEvents_OthersGet403()
    {
        var alice = await host.As("alice");
        var id = await IdOf(await Ask(alice, "lake.sales.orders"));

        var asAlice = await ApiHost.ReadAsync(await alice.GetAsync($"/api/v1/requests/{id}"));
        var asBob = await (await host.As("bob")).GetAsync($"/api/v1/requests/{id}");
        var asCarol = await (await host.As("carol")).GetAsync($"/api/v1/requests/{id}");

        var opened = asAlice.GetProperty("events")[0];
        Assert.Equal("alice", opened.GetProperty("by").GetString());
        Assert.Equal(JsonValueKind.Null, opened.GetProperty("from").ValueKind);
        Assert.Equal("pending", opened.GetProperty("to").GetString());
        Assert.Equal(HttpStatusCode.OK, asBob.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asCarol.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/requests/ODP-999")]
    [InlineData("/api/v1/requests/ODP-999/approve")]
    [InlineData("/api/v1/requests/ODP-999/cancel")]
    public async Task AnyVerb_OnAnUnknownTicket_Answers404Problem(string url)
    {
        var bob = await host.As("bob");

        var response = url.EndsWith("999") ? await bob.GetAsync(url) : await bob.PostAsync(url, null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("There is no ticket ODP-999. List your tickets to find its id.", (await ApiHost.ReadAsync(response)).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("alice", "{\"dataset\":\"qqqq.nowhere.zzzz\",\"reason\":\"Quarterly churn analysis\"}", "There is no dataset qqqq.nowhere.zzzz. Search the catalog to find its full name.")]
    [InlineData("alice", "{\"dataset\":\"lake.sales.orders\",\"reason\":\"Quarterly churn analysis\",\"duration\":\"forever\"}", "'forever' is not a duration. Use a number and a unit, like 12h, 30d or 2w.")]
    [InlineData("erin", "{\"dataset\":\"lake.sales.orders\",\"reason\":\"Quarterly churn analysis\",\"team\":\"analysts\",\"workspace\":\"data-science\"}",
        "A request for the team analysts goes into the analysts workspace, so the workspace data-science doesn't fit. Leave the workspace out.")]
    public async Task Create_Refused_DetailCarriesNoChatSyntax(string user, string json, string detail)
    {
        var caller = await host.As(user);

        var response = await caller.PostAsync("/api/v1/requests", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(detail, (await ApiHost.ReadAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Approve_OwnRequest_Answers403WithTheEnginesMessage()
    {
        var judy = await host.As("judy");
        var id = await IdOf(await Ask(judy, "lake.sales.orders"));

        var response = await judy.PostAsync($"/api/v1/requests/{id}/approve", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal($"You can't approve your own request {id}, even as an owner of lake.sales.orders. Another owner has to decide.",
            (await ApiHost.ReadAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Approve_ByANonOwner_Answers403NamingTheOwnersPeople()
    {
        var id = await IdOf(await Ask(await host.As("alice"), "lake.sales.orders"));

        var response = await (await host.As("carol")).PostAsync($"/api/v1/requests/{id}/approve", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal($"Only an owner of lake.sales.orders can approve {id}. Its owners are Sales data owners (Bob Owner, Judy Sales Lead).",
            (await ApiHost.ReadAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Deny_WithoutReason_Answers400_WithReason_Denies()
    {
        var id = await IdOf(await Ask(await host.As("alice"), "lake.sales.orders"));
        var bob = await host.As("bob");

        var bare = await bob.PostAsync($"/api/v1/requests/{id}/deny", null);
        var blank = await bob.PostAsJsonAsync($"/api/v1/requests/{id}/deny", new { reason = " " });
        var denied = await bob.PostAsJsonAsync($"/api/v1/requests/{id}/deny", new { reason = "Use the aggregated table" });

        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        var ticket = await ApiHost.ReadAsync(denied);
        Assert.Equal("denied", ticket.GetProperty("state").GetString());
        Assert.Equal("Use the aggregated table", ticket.GetProperty("decisionNote").GetString());
    }

    [Fact]
    public async Task Cancel_ByTheRequester_Cancels_ThenApproveIs409()
    {
        var alice = await host.As("alice");
        var id = await IdOf(await Ask(alice, "lake.sales.orders"));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.As("bob")).PostAsync($"/api/v1/requests/{id}/cancel", null)).StatusCode);

        var cancelled = await ApiHost.ReadAsync(await alice.PostAsync($"/api/v1/requests/{id}/cancel", null));
        var late = await (await host.As("bob")).PostAsync($"/api/v1/requests/{id}/approve", null);

        Assert.Equal("cancelled", cancelled.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal($"{id} is cancelled, so it can't be approved.", (await ApiHost.ReadAsync(late)).GetProperty("detail").GetString());
    }

    private static Task<HttpResponseMessage> Ask(HttpClient client, string dataset) =>
        client.PostAsJsonAsync("/api/v1/requests", new { dataset, reason = "Quarterly churn analysis" });

    private static async Task<string> IdOf(HttpResponseMessage response) =>
        (await ApiHost.ReadAsync(response)).GetProperty("id").GetString()!;
}
