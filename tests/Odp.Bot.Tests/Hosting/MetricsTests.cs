using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Tests.Fakes.Slack;
using Odp.Engine.Catalog.Sync;
using Odp.Engine.Tickets;

namespace Odp.Bot.Tests.Hosting;

/// <summary>
/// <c>/metrics</c> on the served host after the whole loop over Slack (request, approve, Active): the domain series
/// appear in Prometheus text format with their labels, and no label holds a ticket id, a person or a dataset.
/// Other hosts of this test run share the process (and the meter's name), so counts are checked as at least.
/// </summary>
public sealed class MetricsTests : IAsyncLifetime
{
    private SlackBot bot = null!;

    public async Task InitializeAsync() => bot = await SlackBot.StartAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task Metrics_AfterARequestApprovedToActive_ShowsTheLoopWithLowCardinalityLabels()
    {
        await RunTheLoopAsync();

        var scrape = await PrometheusText.ScrapeAsync(bot.Client);

        Assert.Contains(scrape.Find("odp_requests_filed_total"), s => s.Value >= 1);
        Assert.Contains(scrape.Find("odp_requests_decided_total", "outcome=approved"), s => s.Value >= 1);
        Assert.Contains(scrape.Find("odp_request_decision_time_seconds_count", "outcome=approved"), s => s.Value >= 1);
        Assert.NotEmpty(scrape.Find("odp_request_decision_time_seconds_bucket", "outcome=approved", "le=60"));
        Assert.Contains(scrape.Find("odp_request_activation_time_seconds_count"), s => s.Value >= 1);
        foreach (var step in new[] { "trino-grant", "workspace" })
            Assert.Contains(scrape.Find("odp_provisioning_step_duration_seconds_count", "step=" + step, "outcome=succeeded"), s => s.Value >= 1);
        Assert.Contains(scrape.Find("odp_tickets", "state=active"), s => s.Value >= 1);
        Assert.NotEmpty(scrape.Find("odp_tickets", "state=pending"));
        Assert.NotEmpty(scrape.Find("odp_outbox_depth"));
        Assert.NotEmpty(scrape.Find("odp_outbox_oldest_age_seconds"));
        Assert.Contains(scrape.Find("odp_catalog_datasets"), s => s.Value >= 1);
        Assert.NotEmpty(scrape.Find("odp_catalog_last_sync_age_seconds"));
        Assert.Contains(scrape.Find("odp_catalog_syncs_total", "outcome=succeeded"), s => s.Value >= 1);
        Assert.Contains(scrape.Find("odp_chat_ack_duration_seconds_count", "platform=slack", "kind=command"), s => s.Value >= 1);
        Assert.Contains(scrape.Find("odp_chat_ack_duration_seconds_count", "platform=slack", "kind=action"), s => s.Value >= 1);
        Assert.NotEmpty(scrape.Find("http_server_request_duration_seconds_count", "http_route=/slack/commands"));
    }

    [Fact]
    public async Task Metrics_AfterTheLoop_NoLabelHoldsATicketAPersonOrADataset()
    {
        await RunTheLoopAsync();

        var scrape = await PrometheusText.ScrapeAsync(bot.Client);

        string[] personal = ["alice", "bob", "judy", "U0ALICE", "U0BOB", "alice@example.com", "lake.sales.orders", "orders", "analysts"];
        var values = scrape.All.SelectMany(s => s.Labels.Values).Distinct().ToList();
        Assert.NotEmpty(values);
        Assert.DoesNotContain(values, v => Regex.IsMatch(v, "ODP-[0-9]+", RegexOptions.IgnoreCase));
        Assert.DoesNotContain(values, v => personal.Any(p => v.Contains(p, StringComparison.OrdinalIgnoreCase)));
    }

    private async Task RunTheLoopAsync()
    {
        var ack = await bot.CommandAsync("U0ALICE", "request lake.sales.orders --reason \"Q3 churn model\" --for 30d");
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        await bot.IdleAsync();
        var card = await bot.WaitForMessageAsync("U0BOB", m => SlackBot.Text(m).Contains("ODP-1"));
        Assert.Equal(HttpStatusCode.OK, (await bot.PressAsync("U0BOB", card, "/odp approve", bot.Slack.NewResponseUrl())).StatusCode);
        await bot.IdleAsync();
        await bot.WaitForMessageAsync(SlackBot.TeamChannel, m => SlackBot.Text(m).Contains("jdbc:trino://"));
        Assert.Equal(TicketState.Active, (await bot.TicketAsync("ODP-1"))!.State);
        // A second request stays pending, so the gauge shows more than one state.
        await bot.CommandAsync("U0ALICE", "request lake.marketing.customer_churn --reason \"Churn features\"");
        await bot.IdleAsync();
        // The sync at start may still be writing; one more pass records the catalog's size and time for sure.
        await bot.Services.GetRequiredService<CatalogSync>().RunAsync(null, CancellationToken.None);
    }
}
