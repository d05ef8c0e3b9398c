using System.Text.Json;
using System.Text.Json.Serialization;

namespace Odp.Bot.Api.Json;

/// <summary>Writes and reads an enum as a camelCase string (<c>pending</c>, <c>read</c>), case-insensitively on input.</summary>
public sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
