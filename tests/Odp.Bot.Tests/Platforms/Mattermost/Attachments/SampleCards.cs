using System.Text.Json.Nodes;
using Odp.Bot.Cards;
using Odp.Bot.Tests.Fakes;

namespace Odp.Bot.Tests.Platforms.Mattermost.Attachments;

/// <summary>Cards built from the golden samples in <c>Cards/Samples</c> (sample name = template name).</summary>
internal static class SampleCards
{
    private static readonly CardFactory Factory = new(SourceTree.Templates);

    public static Card Build(string template) =>
        Factory.Build(template, JsonNode.Parse(File.ReadAllText(Path.Combine(SourceTree.CardsTests, "Samples", template + ".json")))!);

    /// <summary>Every template, each with its plain sample.</summary>
    public static IEnumerable<Card> All() => Factory.TemplateNames.Select(Build);
}
