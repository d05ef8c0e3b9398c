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
public sealed class OwnerlessDatasetTests : TrinoConversationTest
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Odp:Trino:Discover"] = "true" };

    private protected override void Seed(FakeTrinoServer trino) => FakeTrinoLake.Seed(trino.Model);

    protected override void Customize(IServiceCollection services) => services.AddCatalogSync();

    protected override Task StartedAsync() => Chat.Services.GetRequiredService<CatalogSync>().RunAsync(null, CancellationToken.None);

    [Fact]
    public async Task Show_TableOnlyInTrino_SaysNoOwnerAndOffersNoRequestButton()
    {
        var reply = await Chat.Say("alice", "/odp show lake.sales.refund_requests");

        Assert.Contains("Owners: no owner: ask an admin", reply);
        Assert.Contains("refund_id (bigint)", reply);
        Assert.DoesNotContain("/odp request", reply);
    }

    [Fact]
    public async Task Search_TableOnlyInTrino_ListedWithNoOwner()
    {
        var reply = await Chat.Say("alice", "/odp search refund_requests");

        Assert.Contains("lake.sales.refund_requests", reply);
        Assert.Contains("no owner: ask an admin", reply);
    }

    [Fact]
    public async Task Request_TableWithoutOwner_RefusedKindlyAndNoTicketFiled()
    {
        var reply = await Chat.Say("alice", "/odp request lake.sales.refund_requests --reason \"refund analysis for Q3\"");

        Assert.Contains("lake.sales.refund_requests has no owner yet, so nobody could approve a request for it. Ask an admin", reply);
        Assert.Empty(await Chat.Services.GetRequiredService<ITicketStore>().QueryAsync(new TicketQuery(), CancellationToken.None));
        Assert.Empty(Chat.Channel.Messages);
    }

    [Fact]
    public async Task Show_TableInFileAndTrino_KeepsTheFilesOwners()
    {
        var reply = await Chat.Say("alice", "/odp show lake.sales.orders");

        Assert.Contains("Sales data owners", reply);
        Assert.Matches(@"loyalty_tier \(varchar\(16\)\): +Tier at the time of the order", reply);
        Assert.Matches(@"order_id \(bigint\): +Order key", reply);
        Assert.Contains("/odp request lake.sales.orders", reply);
    }
}
