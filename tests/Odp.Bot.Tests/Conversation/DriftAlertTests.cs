using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Access.Drift;
using Odp.Engine.Notifications;

namespace Odp.Bot.Tests.Conversation;

/// <summary>A hand edit of the rules file is repaired and the ops conversation hears of it.</summary>
public sealed class DriftAlertTests : IAsyncLifetime
{
    private ChatHarness chat = null!;

    public Task InitializeAsync()
    {
        chat = ChatHarness.Start(s => s.Configure<OpsOptions>(o => o.Conversation = "data-engineering"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await chat.DisposeAsync();

    [Fact]
    public async Task DriftRepair_HandEditedRules_RewritesAndTellsOpsTeam()
    {
        await chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");
        await chat.Say("bob", "/odp approve ODP-1");
        await chat.ProvisionAsync();
        var written = File.ReadAllText(chat.RulesFile);
        var rules = JsonNode.Parse(written)!.AsObject();
        rules["tables"]!.AsArray().Insert(0, JsonNode.Parse("""{ "user": "mallory", "privileges": ["SELECT"] }"""));
        File.WriteAllText(chat.RulesFile, rules.ToJsonString());

        var report = await chat.Services.GetRequiredService<DriftRepair>().CheckAsync(CancellationToken.None);

        Assert.True(report.Repaired);
        Assert.Equal(written, File.ReadAllText(chat.RulesFile));
        var alert = Assert.Single(chat.Channel.ToTeam("data-engineering")).Text;
        Assert.Contains("Trino rules repaired", alert);
        Assert.Contains("0 missing, 1 extra rule", alert);
        Assert.Contains("mallory", alert);
    }

    [Fact]
    public async Task DriftRepair_NoDrift_TellsNobody()
    {
        await chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");
        await chat.Say("bob", "/odp approve ODP-1");
        await chat.ProvisionAsync();

        var report = await chat.Services.GetRequiredService<DriftRepair>().CheckAsync(CancellationToken.None);

        Assert.False(report.Drifted);
        Assert.Empty(chat.Channel.ToTeam("data-engineering"));
    }
}
