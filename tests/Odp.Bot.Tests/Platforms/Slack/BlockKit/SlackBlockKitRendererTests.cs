using System.Text.Json.Nodes;
using Odp.Bot.Cards;
using Odp.Bot.Platforms.Slack.BlockKit;

namespace Odp.Bot.Tests.Platforms.Slack.BlockKit;

public sealed class SlackBlockKitRendererTests
{
    private static readonly SlackBlockKitRenderer Renderer = new();

    internal static Card Card(IReadOnlyList<CardElement> body, IReadOnlyList<CardAction> actions, string? title = "Title", string fallback = "fallback") =>
        new("test", title, fallback, body, actions);

    private static List<JsonObject> Blocks(SlackRendering rendering) => rendering.Blocks.OfType<JsonObject>().ToList();

    private static string Type(JsonObject block) => block["type"]!.GetValue<string>();

    [Fact]
    public void Render_TitleAndText_HeaderThenMrkdwnSection()
    {
        var rendering = Renderer.Render(Card([new CardText("Intro **bold** and **more**")], []));

        var blocks = Blocks(rendering);
        Assert.Equal(["header", "section"], blocks.Select(Type));
        Assert.Equal("plain_text", blocks[0]["text"]!["type"]!.GetValue<string>());
        Assert.Equal("Title", blocks[0]["text"]!["text"]!.GetValue<string>());
        Assert.Equal("mrkdwn", blocks[1]["text"]!["type"]!.GetValue<string>());
        Assert.Equal("Intro *bold* and *more*", blocks[1]["text"]!["text"]!.GetValue<string>());
        BlockKitLimits.AssertWithin(rendering.ToPayload());
    }

    [Fact]
    public void Render_ScriptAndAmpersand_EscapedEverywhereInMrkdwn()
    {
        var rendering = Renderer.Render(Card(
            [new CardText("<script>alert(1)</script> & co"), new CardFacts([new CardFact("A<b>", "x & <y>")])],
            [],
            fallback: "<script>&"));

        var blocks = Blocks(rendering);
        Assert.Equal("&lt;script&gt;&amp;", rendering.Text);
        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co", blocks[1]["text"]!["text"]!.GetValue<string>());
        Assert.Equal("*A&lt;b&gt;*\nx &amp; &lt;y&gt;", blocks[2]["fields"]![0]!["text"]!.GetValue<string>());
        BlockKitLimits.AssertWithin(rendering.ToPayload());
    }

    [Fact]
    public void Render_EmptyFallback_UsesTitle()
    {
        var rendering = Renderer.Render(Card([], [], title: "Pending approvals", fallback: " "));

        Assert.Equal("Pending approvals", rendering.Text);
    }

    [Fact]
    public void Render_StylesAndColours_HeadingBoldSubtleContextEmojiPrefix()
    {
        var rendering = Renderer.Render(Card(
            [
                new CardText("Section", CardTextStyle.Heading),
                new CardText("APPROVED by Olga", Color: CardColor.Good),
                new CardText("Careful", Color: CardColor.Warning),
                new CardText("✗ Step failed", Color: CardColor.Attention),
                new CardText("quiet one", CardTextStyle.Subtle),
                new CardText("quiet two", CardTextStyle.Subtle),
                new CardDivider(),
            ],
            []));

        var blocks = Blocks(rendering);
        Assert.Equal(["header", "section", "section", "context", "divider"], blocks.Select(Type));
        Assert.Equal("*Section*", blocks[1]["text"]!["text"]!.GetValue<string>());
        Assert.Equal("✅ APPROVED by Olga\n⚠️ Careful\n✗ Step failed", blocks[2]["text"]!["text"]!.GetValue<string>());
        Assert.Equal("quiet one\nquiet two", blocks[3]["elements"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Render_DenyWithInput_InputBlockBeforeActionsAndValueIsCommand()
    {
        var rendering = Renderer.Render(Card(
            [],
            [
                new CardAction("Approve", "/odp approve ODP-1", Style: CardActionStyle.Positive),
                new CardAction("Deny", "/odp deny ODP-1", Input: "reason", Style: CardActionStyle.Destructive),
            ]));

        var blocks = Blocks(rendering);
        Assert.Equal(["header", "input", "actions"], blocks.Select(Type));
        var input = blocks[1];
        Assert.Equal("odp-input-reason", input["block_id"]!.GetValue<string>());
        Assert.Equal(SlackBlockKitRenderer.InputBlockId("reason"), input["block_id"]!.GetValue<string>());
        Assert.Equal("plain_text_input", input["element"]!["type"]!.GetValue<string>());
        Assert.Equal("reason", input["element"]!["action_id"]!.GetValue<string>());
        Assert.Equal("Reason (needed to deny)", input["label"]!["text"]!.GetValue<string>());
        Assert.True(input["optional"]!.GetValue<bool>());
        Assert.False(input["dispatch_action"]!.GetValue<bool>());

        var buttons = blocks[2]["elements"]!.AsArray().OfType<JsonObject>().ToList();
        Assert.Equal("/odp approve ODP-1", buttons[0]["value"]!.GetValue<string>());
        Assert.Equal("primary", buttons[0]["style"]!.GetValue<string>());
        Assert.Matches("^odp:run:[0-9a-f]{12}$", buttons[0]["action_id"]!.GetValue<string>());
        Assert.Equal("/odp deny ODP-1", buttons[1]["value"]!.GetValue<string>());
        Assert.Equal("danger", buttons[1]["style"]!.GetValue<string>());
        Assert.Matches("^odp:run:[0-9a-f]{12}:reason$", buttons[1]["action_id"]!.GetValue<string>());
        BlockKitLimits.AssertWithin(rendering.ToPayload());
    }

    [Fact]
    public void Render_TwoTicketsWithDeny_OneInputBlockBeforeFirstActions()
    {
        var deny = (string id) => new CardActionSet([new CardAction("Deny", $"/odp deny {id}", Input: "reason")]);
        var rendering = Renderer.Render(Card([new CardText("ODP-1"), deny("ODP-1"), new CardText("ODP-2"), deny("ODP-2")], []));

        Assert.Equal(["header", "section", "input", "actions", "section", "actions"], Blocks(rendering).Select(Type));
        BlockKitLimits.AssertWithin(rendering.ToPayload());
    }

    [Fact]
    public void Render_UrlButton_UrlAndActionIdNoValue()
    {
        var rendering = Renderer.Render(Card([], [new CardAction("Open Jupyter", Url: "https://jupyter.example.com/user/ann/")]));

        var button = Blocks(rendering)[1]["elements"]![0]!.AsObject();
        Assert.Equal("https://jupyter.example.com/user/ann/", button["url"]!.GetValue<string>());
        Assert.Matches("^odp:url:[0-9a-f]{12}$", button["action_id"]!.GetValue<string>());
        Assert.Null(button["value"]);
        Assert.Null(button["style"]);
        BlockKitLimits.AssertWithin(rendering.ToPayload());
    }

    [Fact]
    public void Render_SameCommandTwiceInBlock_ActionIdsUnique()
    {
        var rendering = Renderer.Render(Card([], [new CardAction("A", "/odp help"), new CardAction("B", "/odp help")]));

        var ids = Blocks(rendering)[1]["elements"]!.AsArray().Select(b => b!["action_id"]!.GetValue<string>()).ToList();
        Assert.Equal(2, ids.Distinct().Count());
        Assert.EndsWith("~2", ids[1]);
    }

    [Fact]
    public void Render_CommandOver2000Chars_Throws()
    {
        var card = Card([], [new CardAction("Run", "/odp search " + new string('x', 2000))]);

        var error = Assert.Throws<InvalidOperationException>(() => Renderer.Render(card));
        Assert.Contains("2000", error.Message);
    }

    [Fact]
    public void Render_SameCard_SameJson()
    {
        var card = Card([new CardText("a"), new CardFacts([new CardFact("k", "v")])], [new CardAction("Go", "/odp go")]);

        Assert.Equal(
            Renderer.Render(card).ToPayload().ToJsonString(),
            new SlackBlockKitRenderer().Render(card).ToPayload().ToJsonString());
    }

    [Fact]
    public void ToMessage_Rendering_CopiesTextAndBlocks()
    {
        var rendering = Renderer.Render(Card([new CardText("a")], []));

        var message = rendering.ToMessage();

        Assert.Equal(rendering.Text, message.Text);
        Assert.Equal(rendering.Blocks.ToJsonString(), message.Blocks!.ToJsonString());
        Assert.NotSame(rendering.Blocks, message.Blocks);
    }
}
