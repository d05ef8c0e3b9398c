using System.Text.Json.Nodes;
using Odp.Bot.Cards;
using Odp.Bot.Platforms.Mattermost.Attachments;
using Odp.Bot.Tests.Fakes;

namespace Odp.Bot.Tests.Platforms.Mattermost.Attachments;

public sealed class MattermostAttachmentRendererTests
{
    private const string ActionUrl = "https://odp.example.com/mattermost/actions";

    private static readonly ActionSigner Signer = new("s3cret");

    private static readonly MattermostAttachmentRenderer Renderer = new(Signer, ActionUrl);

    private static readonly CardAction Approve = new("Approve", "/odp approve ODP-1", Style: CardActionStyle.Positive);

    private static readonly CardAction Deny = new("Deny", "/odp deny ODP-1", "reason", Style: CardActionStyle.Destructive);

    internal static Card Card(
        IReadOnlyList<CardElement> body,
        IReadOnlyList<CardAction> actions,
        string? title = "Title",
        CardColor titleColor = CardColor.Default) =>
        new("test", title, "fallback", body, actions, titleColor);

    internal static List<JsonObject> AttachmentsOf(MattermostRendering rendering) =>
        rendering.Attachments.OfType<JsonObject>().ToList();

    internal static List<JsonObject> ButtonsOf(MattermostRendering rendering) =>
        AttachmentsOf(rendering).SelectMany(a => (a["actions"] as JsonArray ?? []).OfType<JsonObject>()).ToList();

    private static string Str(JsonNode? node) => node!.GetValue<string>();

    [Fact]
    public void Render_TitleAndLead_MessageHasHeadingAndLeadAttachmentHasTheRest()
    {
        var rendering = Renderer.Render(Card([new CardText("Ann requests **read**"), new CardFacts([new CardFact("Dataset", "lake.x")])], [Approve]));

        Assert.Equal("#### Title\nAnn requests **read**", rendering.Message);
        var attachment = Assert.Single(AttachmentsOf(rendering));
        Assert.Null(attachment["title"]);
        Assert.Null(attachment["text"]);
        Assert.Equal("fallback", Str(attachment["fallback"]));
        var field = Assert.IsType<JsonObject>(Assert.Single(attachment["fields"]!.AsArray()));
        Assert.Equal(["title", "value", "short"], field.Select(p => p.Key));
        Assert.True(field["short"]!.GetValue<bool>());
    }

    [Fact]
    public void Render_Buttons_CarryActionUrlAndVerifiableContext()
    {
        var card = SampleCards.Build("approval-request");

        var buttons = ButtonsOf(Renderer.Render(card));

        Assert.Equal(card.AllActions().Count(a => a.Command is not null), buttons.Count);
        foreach (var button in buttons)
        {
            Assert.Equal(ActionUrl, Str(button["integration"]!["url"]));
            Assert.True(Signer.Verify(button["integration"]!["context"]!.AsObject(), out string? command));
            Assert.Contains(card.AllActions(), a => a.Command == command);
            Assert.Equal("button", Str(button["type"]));
        }
    }

    [Fact]
    public void Render_Styles_PositiveGoodDestructiveDangerElseDefault()
    {
        var buttons = ButtonsOf(Renderer.Render(Card([], [Approve, Deny, new CardAction("Show", "/odp show x")])));

        Assert.Equal(["good", "danger", "default"], buttons.Select(b => Str(b["style"])));
    }

    [Fact]
    public void Render_ButtonNeedingInput_SignedInputInContextAndTypedCommandInText()
    {
        var rendering = Renderer.Render(Card([new CardText("a"), new CardText("b")], [Approve, Deny]));

        var deny = ButtonsOf(rendering)[1];
        Assert.True(Signer.TryVerify(deny["integration"]!["context"]!.AsObject(), out var verified));
        Assert.Equal(("/odp deny ODP-1", "reason"), (verified.Command, verified.Input));
        Assert.Contains("_Deny needs a reason_: type `/odp deny ODP-1 --reason \"…\"`", Str(AttachmentsOf(rendering)[0]["text"]));
        Assert.Equal("/odp deny ODP-1 --reason \"…\"", Str(deny["tooltip"]));
    }

    [Fact]
    public void Render_UrlAction_MarkdownLinkNotButton()
    {
        var rendering = Renderer.Render(Card([new CardText("a"), new CardText("b")], [new CardAction("Open Trino", Url: "https://trino.example.com")]));

        Assert.Empty(ButtonsOf(rendering));
        Assert.EndsWith("[Open Trino](https://trino.example.com)", Str(AttachmentsOf(rendering)[0]["text"]));
    }

    [Fact]
    public void Render_RepeatedTitles_IdsLettersAndDigitsUniqueInPost()
    {
        var shows = Enumerable.Range(0, 5).Select(i => new CardActionSet([new CardAction("Show · x", $"/odp show d{i}")])).ToList();

        var ids = ButtonsOf(Renderer.Render(Card(shows, [new CardAction("", "/odp search x --page 2")]))).Select(b => Str(b["id"])).ToList();

        Assert.All(ids, id => Assert.Matches("^[A-Za-z0-9]+$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(6, ids.Count);
    }

    [Theory]
    [InlineData(CardColor.Good, CardColor.Default, "#2eb67d")]
    [InlineData(CardColor.Attention, CardColor.Good, "#e01e5a")]
    [InlineData(CardColor.Default, CardColor.Attention, "#e01e5a")]
    [InlineData(CardColor.Warning, CardColor.Good, "#ecb22e")]
    [InlineData(CardColor.Accent, CardColor.Good, "#1d9bd1")]
    [InlineData(CardColor.Default, CardColor.Default, "#1f3a5f")]
    public void Render_Colours_MostSevereOfTitleAndTexts(CardColor text, CardColor title, string expected)
    {
        var rendering = Renderer.Render(Card([new CardText("x", Color: text), new CardText("y")], [], titleColor: title));

        Assert.All(AttachmentsOf(rendering), a => Assert.Equal(expected, Str(a["color"])));
    }

    [Fact]
    public void Render_EmptyCard_MessageIsFallback()
    {
        var rendering = Renderer.Render(Card([], [], title: null));

        Assert.Equal("fallback", rendering.Message);
        Assert.Empty(rendering.Attachments);
    }

    [Fact]
    public void Render_FixedNonceSource_Deterministic()
    {
        var renderer = new MattermostAttachmentRenderer(new ActionSigner("k", () => new byte[16]), ActionUrl);
        var card = SampleCards.Build("search-results");

        Assert.Equal(renderer.Render(card).ToPayload().ToJsonString(), renderer.Render(card).ToPayload().ToJsonString());
    }

    [Fact]
    public void Render_EverySample_FallbackOnEveryAttachmentAndMessageSet()
    {
        foreach (var card in SampleCards.All())
        {
            var rendering = Renderer.Render(card);

            Assert.False(string.IsNullOrWhiteSpace(rendering.Message), card.Template);
            Assert.All(AttachmentsOf(rendering), a => Assert.False(string.IsNullOrWhiteSpace(Str(a["fallback"])), card.Template));
            Assert.All(AttachmentsOf(rendering), a => Assert.DoesNotContain("**", Str(a["fallback"])));
        }
    }
}
