using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Odp.Bot.Cards.Templating;

namespace Odp.Bot.Cards;

/// <summary>
/// Builds <see cref="Card"/>s from the Adaptive Card templates in a folder (<c>&lt;name&gt;.json</c>, loaded once).
/// Data is serialized with camelCase names and enums as strings; a <see cref="JsonNode"/> is used as-is.
/// </summary>
public sealed class CardFactory(string directory)
{
    private static readonly JsonSerializerOptions DataOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly IReadOnlyDictionary<string, CardTemplate> _templates = Load(directory);

    /// <summary>The <c>adaptive-cards</c> folder next to the application (copied there by the build).</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "adaptive-cards");

    public IReadOnlyCollection<string> TemplateNames => _templates.Keys.Order(StringComparer.Ordinal).ToList();

    public static CardFactory FromAppDirectory() => new(DefaultDirectory);

    public Card Build(string template, object data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!_templates.TryGetValue(template, out var cardTemplate))
        {
            throw new KeyNotFoundException(
                $"Card template '{template}' not found in {directory}; known: {string.Join(", ", TemplateNames)}");
        }

        var root = data as JsonNode ?? JsonSerializer.SerializeToNode(data, data.GetType(), DataOptions);
        var expanded = cardTemplate.Expand(root?.DeepClone());
        if (expanded is not JsonObject card)
        {
            throw new CardTemplateException(template, null, "the template did not expand to a JSON object");
        }

        return CardParser.Parse(template, card);
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
