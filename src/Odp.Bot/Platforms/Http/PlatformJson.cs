using System.Text.Json;

namespace Odp.Bot.Platforms.Http;

/// <summary>
/// JSON that a chat platform sent, parsed so that reading it can't throw: <see cref="Parse(ReadOnlyMemory{byte})"/>
/// refuses a document with any string or property name that doesn't decode (invalid UTF-8, or an escaped lone
/// surrogate such as <c>"\ud800"</c>, which <see cref="JsonElement.GetString"/> and even
/// <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> would throw on) or that nests deeper than
/// <see cref="JsonDocumentOptions.MaxDepth"/>'s default of 64.
/// </summary>
public static class PlatformJson
{
    /// <summary>The document, or null when it is not JSON whose every string decodes.</summary>
    public static JsonDocument? Parse(ReadOnlyMemory<byte> utf8) => Checked(() => JsonDocument.Parse(utf8));

    /// <inheritdoc cref="Parse(ReadOnlyMemory{byte})"/>
    public static JsonDocument? Parse(string json) => Checked(() => JsonDocument.Parse(json));

    /// <summary>The string property <paramref name="name"/> of an object, or null (missing, not a string, not an object).</summary>
    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static JsonDocument? Checked(Func<JsonDocument> parse)
    {
        JsonDocument document;
        try
        {
            document = parse();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
        try
        {
            Decode(document.RootElement);
            return document;
        }
        catch (InvalidOperationException)
        {
            document.Dispose();
            return null;
        }
    }

    /// <summary>Decodes every string and property name once (throwing <see cref="InvalidOperationException"/> on the first that can't be).</summary>
    private static void Decode(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                element.GetString();
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    Decode(property.Value);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Decode(item);
                break;
        }
    }
}
