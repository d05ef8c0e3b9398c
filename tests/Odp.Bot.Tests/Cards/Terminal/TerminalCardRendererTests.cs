using System.Text.Json.Nodes;
using Odp.Bot.Cards;
using Odp.Bot.Cards.Terminal;

namespace Odp.Bot.Tests.Cards.Terminal;

public sealed class TerminalCardRendererTests
{
    private static Card Card(IReadOnlyList<CardElement> body, IReadOnlyList<CardAction> actions, string? title = "Title") =>
        new("test", title, "fallback", body, actions);

    [Theory]
    [InlineData("Approve", "/odp approve ODP-1", null, null, "[Approve → /odp approve ODP-1]")]
    [InlineData("Deny", "/odp deny ODP-1", "reason", null, "[Deny → /odp deny ODP-1 --reason \"…\"]")]
    [InlineData("Open Jupyter", null, null, "https://j.example/", "[Open Jupyter → https://j.example/]")]
    [InlineData("Nothing", null, null, null, "[Nothing]")]
    public void FormatAction_Kinds_ShowsExactTarget(string title, string? command, string? input, string? url, string expected)
    {
        Assert.Equal(expected, TerminalCardRenderer.FormatAction(new CardAction(title, command, input, url)));
    }

    [Fact]
    public void Render_FactsAndHeadings_AlignedPlainText()
    {
        var card = Card(
            [
                new CardText("Intro **bold**", Color: CardColor.Attention),
                new CardFacts([new CardFact("A", "1"), new CardFact("Longer", "two\nlines")]),
                new CardText("Section", CardTextStyle.Heading),
                new CardText("quiet", CardTextStyle.Subtle),
            ],
            [new CardAction("Go", "/odp go")]);

        var text = new TerminalCardRenderer().Render(card);

        Assert.Equal(
            "Title\n=====\nIntro bold\n\nA:      1\nLonger: two\n        lines\n\nSection\n-------\nquiet\n\n[Go → /odp go]\n",
            text);
        Assert.DoesNotContain('\u001b', text);
    }

    [Fact]
    public void Render_NoTitle_StartsWithBody()
    {
        var text = new TerminalCardRenderer().Render(Card([new CardDivider(), new CardText("x")], [], title: null));

        Assert.Equal("x\n", text);
    }
}
