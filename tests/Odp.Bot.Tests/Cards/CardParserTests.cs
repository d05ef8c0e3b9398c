using System.Text.Json.Nodes;
using Odp.Bot.Cards;
using Odp.Bot.Cards.Templating;

namespace Odp.Bot.Tests.Cards;

public sealed class CardParserTests
{
    private static Card Parse(string json) => CardParser.Parse("t", JsonNode.Parse(json)!.AsObject());

    [Fact]
    public void Parse_TextBlocks_MapsStylesColorsAndTitle()
    {
        var card = Parse("""
            {"type": "AdaptiveCard", "version": "1.5", "body": [
              {"type": "TextBlock", "text": "Head", "size": "large"},
              {"type": "TextBlock", "text": "Sub", "weight": "bolder", "color": "good"},
              {"type": "TextBlock", "text": "quiet", "isSubtle": true, "color": "attention"},
              {"type": "TextBlock", "text": ""},
              {"type": "Container", "separator": true, "items": [{"type": "TextBlock", "text": "in", "color": "accent"}]},
              {"type": "ColumnSet", "columns": [{"type": "Column", "items": [{"type": "TextBlock", "text": "col", "color": "warning"}]}]},
              {"type": "Image", "url": "https://x/y.png"}
            ]}
            """);

        Assert.Equal("Head", card.Title);
        Assert.Equal(
            [
                new CardText("Sub", CardTextStyle.Heading, CardColor.Good),
                new CardText("quiet", CardTextStyle.Subtle, CardColor.Attention),
                new CardDivider(),
                new CardText("in", Color: CardColor.Accent),
                new CardText("col", Color: CardColor.Warning),
            ],
            card.Body);
        Assert.Equal("Head\nSub\nquiet", card.FallbackText);
    }

    [Fact]
    public void Parse_FactWithoutValue_IsSkipped()
    {
        var card = Parse("""{"type": "AdaptiveCard", "body": [{"type": "FactSet", "facts": [{"title": "A"}, {"title": "B", "value": 2}]}]}""");

        var facts = Assert.IsType<CardFacts>(Assert.Single(card.Body));
        Assert.Equal([new CardFact("B", "2")], facts.Facts);
        Assert.Equal("t", card.FallbackText);
    }

    [Fact]
    public void Parse_RootNotAdaptiveCard_Throws()
    {
        Assert.Throws<CardTemplateException>(() => Parse("""{"type": "Message"}"""));
    }
}
