using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Tests.Fakes;
using Odp.Bot.Tests.Fakes.Slack;
using Odp.Engine.Catalog.Sync;

namespace Odp.Bot.Tests.Platforms.Slack;

/// <summary>
/// Searches are answered from kept acks (the ack benchmark's fast path), but never past a catalog change. A search
/// needs no identity, so a kept ack serves anyone, including someone the directory doesn't know.
/// </summary>
public sealed class SlackKeptAnswerTests : IAsyncLifetime
{
    private readonly string catalog = Path.Combine(Path.GetTempPath(), $"odp-kept-{Guid.NewGuid():N}.yaml");
    private SlackBot bot = null!;

    public async Task InitializeAsync()
    {
        File.Copy(SourceTree.DemoCatalog, catalog);
        bot = await SlackBot.StartAsync(s => s["Odp:Catalog:File"] = catalog);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        File.Delete(catalog);
    }

    [Fact]
    public async Task Commands_SameSearchTwice_GivesTheSameAck()
    {
        var first = await Body(await bot.CommandAsync("U0ALICE", "search churn"));
        var second = await Body(await bot.CommandAsync("U0BOB", "search churn"));

        Assert.Contains("customer_churn", first);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Commands_KeptAck_IsJsonWithItsLengthAndNoHtmlEscapes()
    {
        await bot.CommandAsync("U0ALICE", "search churn");

        var response = await bot.CommandAsync("U0ALICE", "search churn");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Contains("\\\"churn\\\"", text);
        Assert.DoesNotContain("\\u0022", text);
        Assert.Equal("ephemeral", System.Text.Json.Nodes.JsonNode.Parse(bytes)!["response_type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Commands_SameSearchAfterACatalogSync_AnswersFromTheNewCatalog()
    {
        Assert.DoesNotContain("zebra_sightings", await Body(await bot.CommandAsync("U0ALICE", "search zebra")));

        await File.AppendAllTextAsync(catalog, """

              - name: lake.zoo.zebra_sightings
                description: Every zebra seen at the zoo
                owners: [group:sales-owners]
                columns:
                  - {name: seen_at, type: timestamp}

            """);
        await bot.Services.GetRequiredService<CatalogSync>().RunAsync(null, CancellationToken.None);

        Assert.Contains("lake.zoo.zebra_sightings", await Body(await bot.CommandAsync("U0ALICE", "search zebra")));
    }

    [Fact]
    public async Task Commands_KeptSearchAskedByAStranger_GetsTheSameAnswerWithoutALookup()
    {
        var alices = await Body(await bot.CommandAsync("U0ALICE", "search churn"));

        var strangers = await Body(await bot.CommandAsync("U0STRANGER", "search churn"));

        Assert.Contains("customer_churn", strangers);
        Assert.Equal(alices, strangers);
        Assert.Empty(bot.Slack.Calls("users.info"));
    }

    [Fact]
    public async Task Commands_StrangerAsksForTheirTickets_StillHearsWhatToAskAnAdmin()
    {
        await bot.CommandAsync("U0ALICE", "search churn");

        var mine = await Body(await bot.CommandAsync("U0STRANGER", "mine"));

        Assert.Contains("Ask an admin", mine);
    }

    private static async Task<string> Body(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
