using System.Text.Json.Nodes;
using Odp.Bot.Cards;
using Odp.Bot.Platforms.Slack.BlockKit;
using Odp.Bot.Tests.Fakes;

namespace Odp.Bot.Tests.Platforms.Slack.BlockKit;

public sealed class SlackBlockKitLimitsTests
{
    private static readonly SlackBlockKitRenderer Renderer = new();

    private static readonly CardAction More = new("More", "/odp search sales --page 2");

    private static List<JsonObject> Blocks(SlackRendering rendering) => rendering.Blocks.OfType<JsonObject>().ToList();

    private static IEnumerable<JsonObject> Buttons(SlackRendering rendering) =>
        Blocks(rendering).Where(b => b["type"]!.GetValue<string>() == "actions").SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>());

    [Fact]
    public void Render_HugeCard_StaysWithinEveryLimitAndKeepsMore()
    {
        var card = SlackBlockKitRendererTests.Card(
            [
                new CardText(new string('a', 10_000)),
                new CardFacts(Enumerable.Range(1, 200).Select(i => new CardFact($"Fact {i}", $"value {i} " + new string('v', 2500))).ToList()),
                new CardActionSet(Enumerable.Range(1, 100)
                    .Select(i => new CardAction($"Button {i} " + new string('b', 100), $"/odp show ds{i} " + new string('c', 1900)))
                    .ToList()),
            ],
            [More],
            title: new string('T', 500),
            fallback: new string('f', 10_000));

        var rendering = Renderer.Render(card);

        BlockKitLimits.AssertWithin(rendering.ToPayload());
        var blocks = Blocks(rendering);
        Assert.True(blocks.Count <= 50);
        Assert.Equal(4000, rendering.Text.Length);
        Assert.EndsWith("…", rendering.Text);
        Assert.Equal(3000, blocks[1]["text"]!["text"]!.GetValue<string>().Length);
        Assert.Equal(20, blocks.Count(b => b["fields"] is not null));
        Assert.Equal(101, Buttons(rendering).Count());
        Assert.Equal(More.Command, blocks[^1]["elements"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void Render_Over50Blocks_DropsRestAddsNoteAndKeepsMoreLast()
    {
        var body = Enumerable.Range(1, 60)
            .SelectMany(i => new CardElement[]
            {
                new CardText($"hit {i}", CardTextStyle.Heading),
                new CardActionSet([new CardAction("Request access", $"/odp request ds{i}", Input: "reason")]),
            })
            .ToList();

        var rendering = Renderer.Render(SlackBlockKitRendererTests.Card(body, [More]));

        BlockKitLimits.AssertWithin(rendering.ToPayload());
        var blocks = Blocks(rendering);
        Assert.Equal(50, blocks.Count);
        Assert.Equal("actions", blocks[^1]["type"]!.GetValue<string>());
        Assert.Equal(More.Command, blocks[^1]["elements"]![0]!["value"]!.GetValue<string>());
        Assert.Equal("context", blocks[^2]["type"]!.GetValue<string>());
        // header + input + 46 of the 120 body blocks + note + More: 74 dropped.
        Assert.Equal("…and 74 more not shown", blocks[^2]["elements"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Render_LongEscapedText_CutNeverSplitsAnEntity()
    {
        var rendering = Renderer.Render(SlackBlockKitRendererTests.Card([new CardText(new string('&', 5000))], []));

        BlockKitLimits.AssertWithin(rendering.ToPayload());
        var text = Blocks(rendering)[1]["text"]!["text"]!.GetValue<string>();
        Assert.EndsWith("&amp;…", text);
        Assert.True(text.Length <= 3000);
    }

    [Fact]
    public void Render_ManyCardLevelActions_SplitIntoBlocksOf25()
    {
        var actions = Enumerable.Range(1, 60).Select(i => new CardAction($"B{i}", $"/odp b {i}")).Append(More).ToList();

        var rendering = Renderer.Render(SlackBlockKitRendererTests.Card([], actions));

        BlockKitLimits.AssertWithin(rendering.ToPayload());
        Assert.Equal([25, 25, 11], Blocks(rendering).Skip(1).Select(b => b["elements"]!.AsArray().Count));
    }

    [Fact]
    public void Golden_EverySlackSample_WithinLimits()
    {
        var goldens = Directory.GetFiles(Path.Combine(SourceTree.CardsTests, "Golden"), "*.slack.json");

        Assert.NotEmpty(goldens);
        foreach (var path in goldens)
        {
            var violations = BlockKitLimits.Violations(JsonNode.Parse(File.ReadAllText(path))!.AsObject());
            Assert.True(violations.Count == 0, $"{Path.GetFileName(path)}:\n{string.Join("\n", violations)}");
        }
    }

    [Fact]
    public void Violations_BrokenPayload_Reported()
    {
        var payload = new JsonObject
        {
            ["text"] = "",
            ["blocks"] = new JsonArray(new JsonObject
            {
                ["type"] = "section",
                ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = "<b> & " + new string('x', 3000) },
            }),
        };

        var violations = BlockKitLimits.Violations(payload);

        Assert.Contains(violations, v => v.StartsWith("text:", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("unescaped '<'", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("unescaped '&'", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("(1..3000)", StringComparison.Ordinal));
    }
}
