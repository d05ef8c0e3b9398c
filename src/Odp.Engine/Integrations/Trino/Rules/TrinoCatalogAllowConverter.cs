using System.Text.Json;
using System.Text.Json.Serialization;

namespace Odp.Engine.Integrations.Trino.Rules;

/// <summary>Reads a catalog rule's <c>allow</c> as a string, mapping the legacy booleans.</summary>
internal sealed class TrinoCatalogAllowConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.True => TrinoCatalogRule.All,
            JsonTokenType.False => TrinoCatalogRule.None,
            JsonTokenType.String => reader.GetString() ?? TrinoCatalogRule.None,
            _ => throw new JsonException("A catalog rule's \"allow\" must be \"all\", \"read-only\", \"none\" or a boolean."),
        };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
