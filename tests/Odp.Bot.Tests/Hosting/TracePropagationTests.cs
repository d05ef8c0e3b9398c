using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using Odp.Bot.Tests.Fakes.Slack;
using Odp.Engine.Telemetry;
using Odp.Engine.Tests.Fakes.Trino;

namespace Odp.Bot.Tests.Hosting;

/// <summary>
/// W3C trace context reaches the backends: a Slack command's span is carried past the ack into the work after it, and
/// the Trino query that work makes carries a <c>traceparent</c> of the same trace (.NET's default propagation).
/// </summary>
public sealed class TracePropagationTests : IAsyncLifetime
{
    private readonly string rules = Path.Combine(Path.GetTempPath(), "odp-trace-" + Guid.NewGuid().ToString("N") + ".json");
    private readonly ConcurrentBag<Activity> spans = [];
    private ActivityListener listener = null!;
    private FakeTrinoServer trino = null!;
    private SlackBot bot = null!;

    public async Task InitializeAsync()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name.StartsWith(OdpTraces.Prefix, StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
        trino = await FakeTrinoServer.StartAsync();
        trino.AddTable("lake.sales.orders", [("order_id", "bigint")], [1L], [2L]);
        File.WriteAllText(rules, """
            {"catalogs":[{"catalog":"lake","allow":"read-only"}],
             "tables":[{"user":"alice","catalog":"lake","schema":"sales","table":"orders","privileges":["SELECT"]}]}
            """);
        trino.RulesFile = rules;
        bot = await SlackBot.StartAsync(s =>
        {
            s["Odp:Trino:Queries"] = "true";
            s["Odp:Trino:User"] = "odp";
            s["Odp:Trino:CoordinatorUrl"] = trino.BaseUrl.ToString();
        });
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await trino.DisposeAsync();
        listener.Dispose();
        File.Delete(rules);
    }

    [Fact]
    public void Start_WithoutAnOtlpEndpoint_StillListensToTheSourcesSoContextPropagates() =>
        Assert.NotNull(bot.Services.GetService<TracerProvider>());

    [Fact]
    public async Task Preview_OverSlack_TrinoGetsATraceparentOfTheCommandsTrace()
    {
        var url = bot.Slack.NewResponseUrl();
        await bot.CommandAsync("U0ALICE", "preview lake.sales.orders", url);
        await bot.IdleAsync();

        Assert.Contains("order_id", Assert.Single(bot.Slack.ResponsesTo(url)).ToJsonString());
        var query = Assert.Single(trino.Calls, c => c.Method == "POST" && c.Path == "/v1/statement");
        var traceparent = Assert.Contains("traceparent", query.Headers);
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$", traceparent);
        var traceId = traceparent.Split('-')[1];
        Assert.Contains(spans, s => s.OperationName == "Slack.Command" && s.TraceId.ToHexString() == traceId);
        Assert.Contains(spans, s => s.OperationName == "Chat.AfterAck" && s.TraceId.ToHexString() == traceId);
    }
}
