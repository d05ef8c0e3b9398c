using System.Text.Json.Nodes;
using Odp.Bot.Cards.Templating;

namespace Odp.Bot.Cards;

/// <summary>
/// Builds <see cref="Card"/>s from the Adaptive Card templates in a folder (<c>&lt;name&gt;.json</c>, loaded and
/// compiled once: a syntax error in any template fails here). Data is a <see cref="TemplateValue"/> (objects are
/// <see cref="TemplateObject"/>s), or JSON.
/// </summary>
public sealed class CardFactory(string directory)
{
    private readonly IReadOnlyDictionary<string, CardTemplate> _templates = Load(directory);

    /// <summary>The <c>adaptive-cards</c> folder next to the application (copied there by the build).</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "adaptive-cards");

    public IReadOnlyCollection<string> TemplateNames => _templates.Keys.Order(StringComparer.Ordinal).ToList();

    public static CardFactory FromAppDirectory() => new(DefaultDirectory);

    public Card Build(string template, JsonNode data) =>
        Build(template, TemplateJson.From(data ?? throw new ArgumentNullException(nameof(data))));

    public Card Build(string template, TemplateValue data)
    {
        if (!_templates.TryGetValue(template, out var cardTemplate))
        {
            throw new KeyNotFoundException(
                $"Card template '{template}' not found in {directory}; known: {string.Join(", ", TemplateNames)}");
        }

        var root = cardTemplate.Root(data);
        if (!root.IsObject)
        {
            throw new CardTemplateException(template, null, "the template did not expand to a JSON object");
        }

        return CardParser.Parse(template, root, cardTemplate, data);
    }

    private static Dictionary<string, CardTemplate> Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Card template folder not found: {directory}");
        }

        return Directory.GetFiles(directory, "*.json")
            .Select(path => CardTemplate.Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)))
            .ToDictionary(t => t.Name, StringComparer.Ordinal);
    }
}
