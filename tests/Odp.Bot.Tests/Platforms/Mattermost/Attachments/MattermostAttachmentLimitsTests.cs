using System.Text.Json.Nodes;
using Odp.Bot.Cards;
using Odp.Bot.Platforms.Mattermost.Attachments;
using Odp.Bot.Tests.Fakes;
using static Odp.Bot.Tests.Platforms.Mattermost.Attachments.MattermostAttachmentRendererTests;

namespace Odp.Bot.Tests.Platforms.Mattermost.Attachments;

/// <summary>Post size limits, and the attachment JSON compared with Mattermost's documented examples.</summary>
public sealed class MattermostAttachmentLimitsTests
{
    private static readonly ActionSigner Signer = new("s3cret");

    private static readonly MattermostAttachmentRenderer Renderer = new(Signer, "https://odp.example.com/mattermost/actions");

    /// <summary>Attachment and field properties Mattermost documents (Slack-compatible message attachments).</summary>
    private static readonly HashSet<string> AttachmentNames =
        ["fallback", "color", "pretext", "text", "title", "title_link", "fields", "actions", "author_name", "footer"];

    private static int PostSize(MattermostRendering r) => r.Message.Length + r.Attachments.ToJsonString().Length;

    private static JsonObject Fixture(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(
        SourceTree.Root, "tests", "Odp.Bot.Tests", "Platforms", "Mattermost", "Attachments", "Fixtures", name)))!.AsObject();

    [Fact]
    public void Render_HugeCard_WithinPostLimitFieldsDroppedWithNoteButtonsKept()
    {
        var facts = Enumerable.Range(0, 500).Select(i => new CardFact($"Fact {i}", new string('v', 60))).ToList();
        var card = Card(
            [new CardText(new string('l', 20_000)), new CardText(new string('t', 20_000)), new CardFacts(facts)],
            [new CardAction("Approve", "/odp approve ODP-1"), new CardAction("Deny", "/odp deny ODP-1", "reason")],
            title: new string('T', 1000));

        var rendering = Renderer.Render(card);

        Assert.InRange(PostSize(rendering), 1, MattermostAttachmentRenderer.MaxPostChars);
        Assert.InRange(rendering.Message.Length, 1, MattermostAttachmentRenderer.MaxMessageChars);
        Assert.EndsWith("…", rendering.Message);
        var attachment = Assert.Single(AttachmentsOf(rendering));
        Assert.Matches(@"_…and \d+ more fields not shown_", attachment["text"]!.GetValue<string>());
        Assert.Contains("…", attachment["text"]!.GetValue<string>());
        Assert.Equal(2, ButtonsOf(rendering).Count);
        Assert.False(string.IsNullOrEmpty(attachment["fallback"]!.GetValue<string>()));
    }

    [Fact]
    public void Render_ManyButtonSections_DropsSectionsKeepsCardActionsLast()
    {
        var body = Enumerable.Range(0, 200).SelectMany(i => new CardElement[]
        {
            new CardText($"Dataset {i}", CardTextStyle.Heading),
            new CardText(new string('d', 200)),
            new CardActionSet([new CardAction("Show", $"/odp show lake.d{i}")]),
        }).ToList();

        var rendering = Renderer.Render(Card(body, [new CardAction("More", "/odp search x --page 2")]));

        Assert.InRange(PostSize(rendering), 1, MattermostAttachmentRenderer.MaxPostChars);
        Assert.Equal("More", ButtonsOf(rendering)[^1]["name"]!.GetValue<string>());
        Assert.Contains(AttachmentsOf(rendering), a => a["text"]?.GetValue<string>().Contains("more not shown") == true);
    }

    [Fact]
    public void Render_LongFactValue_NotShort()
    {
        var rendering = Renderer.Render(Card([new CardText("a"), new CardFacts([new CardFact("JDBC", new string('j', 41))])], []));

        Assert.False(AttachmentsOf(rendering)[0]["fields"]![0]!["short"]!.GetValue<bool>());
    }

    [Fact]
    public void Render_EverySample_PropertyNamesAreMattermostAttachmentNames()
    {
        foreach (var card in SampleCards.All())
        {
            foreach (var attachment in AttachmentsOf(Renderer.Render(card)))
            {
                Assert.All(attachment.Select(p => p.Key), name => Assert.Contains(name, AttachmentNames));
                Assert.All(attachment["fields"] as JsonArray ?? [], f => Assert.Equal(["title", "value", "short"], f!.AsObject().Select(p => p.Key)));
            }
        }
    }

    [Fact]
    public void Render_Buttons_SamePropertyNamesAsDocumentedStyledButtons()
    {
        var documented = Fixture("mattermost-interactive-message-buttons-styled.json")["attachments"]![0]!["actions"]![0]!.AsObject();

        var button = ButtonsOf(Renderer.Render(SampleCards.Build("approval-request")))[0];

        Assert.Equal(Names(documented), Names(button));
        Assert.Equal(Names(documented["integration"]!.AsObject()), Names(button["integration"]!.AsObject()));
    }

    [Fact]
    public void Render_Attachment_HasEveryPropertyOfDocumentedPlainButtons()
    {
        var documented = Fixture("mattermost-interactive-message-buttons.json")["attachments"]![0]!.AsObject();
        var card = Card([new CardText("lead"), new CardText("text")], [new CardAction("Update", "/odp status")]);

        var attachment = AttachmentsOf(Renderer.Render(card))[0];

        Assert.Subset(Names(attachment), Names(documented).Except(["pretext"]).ToHashSet());
        Assert.Subset(Names(ButtonsOf(Renderer.Render(card))[0]), Names(documented["actions"]![0]!.AsObject()));
    }

    private static HashSet<string> Names(JsonObject obj) => obj.Select(p => p.Key).ToHashSet();
}
