using Odp.Bot.Tests.Fakes;
using System.Text.Json.Nodes;
using Odp.Bot.Cards;
using Odp.Bot.Cards.Templating;

namespace Odp.Bot.Tests.Cards;

public sealed class CardFactoryTests
{
    private static readonly CardFactory Factory = new(SourceTree.Templates);

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(SourceTree.CardsTests, "Samples"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(path));
        }

        return data;
    }

    [Fact]
    public void Build_ApprovalRequest_ButtonsCarryExactCommands()
    {
        var card = BuildSample("approval-request", "approval-request");

        Assert.Equal("Access request ODP-1", card.Title);
        Assert.Collection(
            card.Actions,
            approve => Assert.Equal(new CardAction("Approve", "/odp approve ODP-1", Style: CardActionStyle.Positive), approve),
            deny => Assert.Equal(new CardAction("Deny", "/odp deny ODP-1", "reason", Style: CardActionStyle.Destructive), deny));
        Assert.Equal("/odp deny ODP-1 --reason \"…\"", card.Actions[1].CommandLine());
    }

    [Fact]
    public void Build_SearchResults_InlineAndCardActionsAllListed()
    {
        var card = BuildSample("search-results", "search-results");

        var commands = card.AllActions().Select(a => a.CommandLine()).ToList();

        Assert.Equal(
            [
                "/odp show lake.sales.orders",
                "/odp request lake.sales.orders --reason \"…\"",
                "/odp show lake.sales.returns",
                "/odp request lake.sales.returns --reason \"…\"",
                "/odp search sales --page 2",
            ],
            commands);
    }

    [Fact]
    public void Build_WorkspaceReady_OpenUrlActionsCarryUrls()
    {
        var card = BuildSample("workspace-ready", "workspace-ready");

        Assert.Equal("https://jupyter.example.com/user/ann/", card.Actions.Single(a => a.Title == "Open Jupyter").Url);
        Assert.All(card.Actions, a => Assert.Null(a.Command));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Build_EverySample_FallbackTextNonEmptyAndNoTemplateSyntaxLeft(string sample)
    {
        var template = Factory.TemplateNames.Where(t => sample == t || sample.StartsWith(t + "-", StringComparison.Ordinal)).MaxBy(t => t.Length)!;
        var card = BuildSample(template, sample);

        var adaptiveCard = card.ToAdaptiveCard();
        var json = adaptiveCard.ToJsonString();

        Assert.False(string.IsNullOrWhiteSpace(card.FallbackText));
        Assert.DoesNotContain("${", json);
        Assert.DoesNotContain("\"$data\"", json);
        Assert.DoesNotContain("\"$when\"", json);
        Assert.Equal("1.5", adaptiveCard["version"]!.GetValue<string>());
        Assert.All(card.AllActions(), a => Assert.True(a.Command is not null || a.Url is not null, $"{a.Title} has no target"));
    }

    [Fact]
    public void Build_TemplateObject_ReadsNamedValuesAndNulls()
    {
        var card = Factory.Build("error", new TemplateObject(("title", "Bad level"), ("message", "Read"), ("usage", TemplateValue.Null), ("reference", TemplateValue.Null)));

        Assert.Equal("Bad level", card.Title);
        Assert.Equal([new CardText("Read")], card.Body);
        Assert.Equal("Bad level: Read", card.FallbackText);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Build_EverySample_SameCardFromTemplateAndFromItsExpandedJson(string sample)
    {
        var template = Factory.TemplateNames.Where(t => sample == t || sample.StartsWith(t + "-", StringComparison.Ordinal)).MaxBy(t => t.Length)!;
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(SourceTree.CardsTests, "Samples", sample + ".json")))!;

        var fromJson = Factory.Build(template, json);
        var expanded = fromJson.ToAdaptiveCard();
        var reparsed = CardParser.Parse(template, expanded);

        Assert.Equal(fromJson.Body.Select(Describe), reparsed.Body.Select(Describe));
        Assert.Equal(fromJson.Actions, reparsed.Actions);
        Assert.Equal((fromJson.Title, fromJson.FallbackText, fromJson.TitleColor), (reparsed.Title, reparsed.FallbackText, reparsed.TitleColor));
        Assert.Equal(expanded.ToJsonString(), reparsed.ToAdaptiveCard().ToJsonString());
    }

    [Fact]
    public void Build_UnknownTemplate_ThrowsNamingTemplate()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Factory.Build("nope", new JsonObject()));

        Assert.Contains("'nope'", ex.Message);
    }

    [Fact]
    public void Constructor_MissingFolder_ThrowsDirectoryNotFound()
    {
        Assert.Throws<DirectoryNotFoundException>(() => new CardFactory(Path.Combine(SourceTree.Root, "no-such-folder")));
    }

    [Fact]
    public void Build_BadExpression_ThrowsCardTemplateExceptionNamingTemplate()
    {
        var folder = Directory.CreateTempSubdirectory("odp-cards-");
        try
        {
            File.WriteAllText(
                Path.Combine(folder.FullName, "broken.json"),
                """{"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "TextBlock", "text": "${oops(}"}]}""");

            var ex = Assert.Throws<CardTemplateException>(() => new CardFactory(folder.FullName).Build("broken", new JsonObject()));

            Assert.Equal("broken", ex.Template);
            Assert.Equal("oops(", ex.Expression);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void DefaultDirectory_IsAdaptiveCardsNextToApp()
    {
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "adaptive-cards"), CardFactory.DefaultDirectory);
    }

    private static string Describe(CardElement element) => element switch
    {
        CardFacts facts => $"facts: {string.Join(" | ", facts.Facts)}",
        CardActionSet set => $"actions: {string.Join(" | ", set.Actions)}",
        _ => element.ToString(),
    };

    private static Card BuildSample(string template, string sample) =>
        Factory.Build(template, JsonNode.Parse(File.ReadAllText(Path.Combine(SourceTree.CardsTests, "Samples", sample + ".json")))!);
}
