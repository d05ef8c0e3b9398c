using Odp.Bot.Tests.Fakes;
using System.Text.Json.Nodes;
using Odp.Bot.Cards;
using Odp.Bot.Cards.Templating;

namespace Odp.Bot.Tests.Cards;

public sealed class CardFactoryTests
{
    private static readonly CardFactory Factory = new(SourceTree.Templates);

    private enum Level
    {
        Read,
    }

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

        var json = card.AdaptiveCard.ToJsonString();

        Assert.False(string.IsNullOrWhiteSpace(card.FallbackText));
        Assert.DoesNotContain("${", json);
        Assert.DoesNotContain("\"$data\"", json);
        Assert.DoesNotContain("\"$when\"", json);
        Assert.Equal("1.5", card.AdaptiveCard["version"]!.GetValue<string>());
        Assert.All(card.AllActions(), a => Assert.True(a.Command is not null || a.Url is not null, $"{a.Title} has no target"));
    }

    [Fact]
    public void Build_AnonymousObjectAndEnum_SerializedCamelCaseWithEnumNames()
    {
        var card = Factory.Build("error", new { Title = "Bad level", Message = Level.Read, Usage = (string?)null, Reference = (string?)null });

        Assert.Equal("Bad level", card.Title);
        Assert.Equal([new CardText("Read")], card.Body);
        Assert.Equal("Bad level: Read", card.FallbackText);
    }

    [Fact]
    public void Build_UnknownTemplate_ThrowsNamingTemplate()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Factory.Build("nope", new { }));

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

            var ex = Assert.Throws<CardTemplateException>(() => new CardFactory(folder.FullName).Build("broken", new { }));

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

    private static Card BuildSample(string template, string sample) =>
        Factory.Build(template, JsonNode.Parse(File.ReadAllText(Path.Combine(SourceTree.CardsTests, "Samples", sample + ".json")))!);
}
