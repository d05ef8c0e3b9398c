using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Catalog.Sync;
using Odp.Engine.Tickets;
using Odp.Engine.Tests.Fakes.Trino;

namespace Odp.Bot.Tests.Conversation;

/// <summary>
/// Tables discovered in (the fake) Trino that neither the catalog file nor OpenMetadata describes: they are listed and
/// shown as "no owner: ask an admin", and a request for one is refused kindly instead of filing a ticket nobody can approve.
/// </summary>
public sealed class OwnerlessDatasetTests : IAsyncLifetime
{
    private FakeTrinoServer trino = null!;
    private ChatHarness chat = null!;

    public async Task InitializeAsync()
    {
        trino = await FakeTrinoServer.StartAsync();
        FakeTrinoLake.Seed(trino.Model);
        chat = ChatHarness.Start(
            new Dictionary<string, string?>
            {
                ["Odp:Trino:Discover"] = "true", ["Odp:Trino:User"] = "odp", ["Odp:Trino:CoordinatorUrl"] = trino.BaseUrl.ToString(),
            },
            services => services.AddCatalogSync());
        await chat.Services.GetRequiredService<CatalogSync>().RunAsync(null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await chat.DisposeAsync();
        await trino.DisposeAsync();
    }

    [Fact]
    public async Task Show_TableOnlyInTrino_SaysNoOwnerAndOffersNoRequestButton()
    {
        var reply = await chat.Say("alice", "/odp show lake.sales.refund_requests");

        Assert.Contains("Owners: no owner: ask an admin", reply);
        Assert.Contains("refund_id (bigint)", reply);
        Assert.DoesNotContain("/odp request", reply);
    }

    [Fact]
    public async Task Search_TableOnlyInTrino_ListedWithNoOwner()
    {
        var reply = await chat.Say("alice", "/odp search refund_requests");

        Assert.Contains("lake.sales.refund_requests", reply);
        Assert.Contains("no owner: ask an admin", reply);
    }

    [Fact]
    public async Task Request_TableWithoutOwner_RefusedKindlyAndNoTicketFiled()
    {
        var reply = await chat.Say("alice", "/odp request lake.sales.refund_requests --reason \"refund analysis for Q3\"");

        Assert.Contains("lake.sales.refund_requests has no owner yet, so nobody could approve a request for it. Ask an admin", reply);
        Assert.Empty(await chat.Services.GetRequiredService<ITicketStore>().QueryAsync(new TicketQuery(), CancellationToken.None));
        Assert.Empty(chat.Channel.Messages);
    }

    [Fact]
    public async Task Show_TableInFileAndTrino_KeepsTheFilesOwners()
    {
        var reply = await chat.Say("alice", "/odp show lake.sales.orders");

        Assert.Contains("Sales data owners", reply);
        Assert.Matches(@"loyalty_tier \(varchar\(16\)\): +Tier at the time of the order", reply);
        Assert.Matches(@"order_id \(bigint\): +Order key", reply);
        Assert.Contains("/odp request lake.sales.orders", reply);
    }
}
