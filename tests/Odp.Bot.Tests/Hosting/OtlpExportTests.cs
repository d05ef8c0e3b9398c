using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Odp.Bot.Tests.Fakes.Slack;
using Odp.Engine.Tests.Fakes;

namespace Odp.Bot.Tests.Hosting;

/// <summary>
/// With <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set (here to a loopback collector speaking OTLP over HTTP), the host pushes
/// its spans and metrics there; a flush stands in for the exporters' schedule.
/// </summary>
public sealed class OtlpExportTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<(string Path, string? ContentType, long Bytes)> received = new();
    private LoopbackServer collector = null!;
    private SlackBot bot = null!;

    public async Task InitializeAsync()
    {
        collector = await LoopbackServer.StartAsync(async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            received.Enqueue((context.Request.Path.Value ?? "", context.Request.ContentType, body.Length));
            context.Response.StatusCode = StatusCodes.Status200OK;
        }, CancellationToken.None);
        bot = await SlackBot.StartAsync(s =>
        {
            s["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.BaseUrl.ToString().TrimEnd('/');
            s["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        });
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await collector.DisposeAsync();
    }

    [Fact]
    public async Task Command_WithAnOtlpEndpoint_SpansAndMetricsArePushedThere()
    {
        await bot.CommandAsync("U0ALICE", "search churn");

        Assert.True(bot.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        // Not asserted: the Prometheus reader, pulled by scrapes, answers a flush with false.
        bot.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000);

        Assert.Contains(received, r => r.Path == "/v1/traces" && r.ContentType == "application/x-protobuf" && r.Bytes > 0);
        Assert.Contains(received, r => r.Path == "/v1/metrics" && r.ContentType == "application/x-protobuf" && r.Bytes > 0);
    }
}
