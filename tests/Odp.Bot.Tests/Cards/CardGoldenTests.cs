using Odp.Bot.Tests.Fakes;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Odp.Bot.Cards;
using Odp.Bot.Cards.Terminal;
using Odp.Bot.Platforms.Mattermost.Attachments;
using Odp.Bot.Platforms.Slack.BlockKit;

namespace Odp.Bot.Tests.Cards;

/// <summary>
/// Renders every sample in <c>Samples/</c> with every platform renderer and compares with
/// <c>Golden/&lt;sample&gt;.&lt;platform&gt;.&lt;extension&gt;</c>. Set <c>ODP_UPDATE_GOLDEN=1</c> to rewrite the
/// golden files in the source tree. A sample named <c>&lt;template&gt;-&lt;variant&gt;.json</c> uses that template.
/// To cover a new platform, add its renderer to <see cref="Renderers"/> and run once with the update flag.
/// </summary>
public sealed class CardGoldenTests
{
    /// <summary>Indented JSON with non-ASCII text kept readable (golden files only).</summary>
    private static readonly JsonSerializerOptions GoldenJson = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly Dictionary<string, (string Extension, Func<Card, string> Render)> Renderers = new()
    {
        ["terminal"] = ("txt", new TerminalCardRenderer().Render),
        ["slack"] = ("json", card => new SlackBlockKitRenderer().Render(card).ToPayload().ToJsonString(GoldenJson) + "\n"),
        ["mattermost"] = ("json", card => MattermostRenderer().Render(card).ToPayload().ToJsonString(GoldenJson) + "\n"),
    };

    /// <summary>Mattermost with a fixed secret and a fixed nonce, so the signed button contexts are stable.</summary>
    private static MattermostAttachmentRenderer MattermostRenderer() => new(
        new ActionSigner("golden-secret", () => Enumerable.Range(0, ActionSigner.NonceBytes).Select(i => (byte)i).ToArray()),
        "https://odp.example.com/mattermost/actions");

    private static readonly CardFactory Factory = new(SourceTree.Templates);

    private static string SamplesFolder => Path.Combine(SourceTree.CardsTests, "Samples");

    private static string GoldenFolder => Path.Combine(SourceTree.CardsTests, "Golden");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var platform in Renderers.Keys.Order(StringComparer.Ordinal))
        {
            foreach (var sample in SampleNames())
            {
                data.Add(platform, sample);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_Sample_MatchesGolden(string platform, string sample)
    {
        var (extension, render) = Renderers[platform];
        var data = JsonNode.Parse(File.ReadAllText(Path.Combine(SamplesFolder, sample + ".json")))!;
        var card = Factory.Build(TemplateFor(sample), data);

        var actual = render(card);

        var goldenPath = Path.Combine(GoldenFolder, $"{sample}.{platform}.{extension}");
        if (Environment.GetEnvironmentVariable("ODP_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(GoldenFolder);
            File.WriteAllText(goldenPath, actual);
            return;
        }

        Assert.True(File.Exists(goldenPath), $"Missing golden {goldenPath}; run the tests with ODP_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(goldenPath).Replace("\r\n", "\n"), actual);
    }

    [Fact]
    public void Templates_Every_HasSampleAndIsLoadedByFactory()
    {
        var templates = Directory.GetFiles(SourceTree.Templates, "*.json")
            .Select(p => Path.GetFileNameWithoutExtension(p)!)
            .Order(StringComparer.Ordinal)
            .ToList();
        var covered = SampleNames().Select(TemplateFor).ToHashSet();
        var missing = templates.Where(t => !covered.Contains(t)).ToList();

        Assert.NotEmpty(templates);
        Assert.True(missing.Count == 0, $"Templates without a sample in Samples/: {string.Join(", ", missing)}");
        Assert.Equal(templates, Factory.TemplateNames);
    }

    [Fact]
    public void Samples_Every_MapsToExistingTemplate()
    {
        foreach (var sample in SampleNames())
        {
            Assert.Contains(TemplateFor(sample), Factory.TemplateNames);
        }
    }

    private static IEnumerable<string> SampleNames() =>
        Directory.GetFiles(SamplesFolder, "*.json").Select(p => Path.GetFileNameWithoutExtension(p)!).Order(StringComparer.Ordinal);

    /// <summary>The longest template name that equals the sample name or prefixes it followed by '-'.</summary>
    private static string TemplateFor(string sample) =>
        Factory.TemplateNames
            .Where(t => sample == t || sample.StartsWith(t + "-", StringComparison.Ordinal))
            .OrderByDescending(t => t.Length)
            .FirstOrDefault() ?? $"<no template for sample '{sample}'>";
}
