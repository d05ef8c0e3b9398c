using System.Net.Http.Headers;

namespace Odp.Engine.Integrations.Trino.Client;

/// <summary>
/// The client side of one Trino session: who runs statements (<c>X-Trino-User</c>), the default catalog and schema,
/// session properties, role and transaction. Trino changes it through <c>X-Trino-Set-*</c>/<c>X-Trino-Clear-*</c>
/// response headers, which <see cref="Apply"/> reads. Not thread-safe: one session, one statement at a time.
/// </summary>
public sealed class TrinoSession(string user)
{
    private readonly Dictionary<string, string> properties = new(StringComparer.Ordinal);

    public string User { get; private set; } = string.IsNullOrWhiteSpace(user)
        ? throw new ArgumentException("A Trino session needs a user.", nameof(user))
        : user;

    /// <summary>The user before <c>SET SESSION AUTHORIZATION</c>; null when unchanged.</summary>
    public string? OriginalUser { get; private set; }

    public string? Catalog { get; set; }

    public string? Schema { get; set; }

    public string? Role { get; private set; }

    public string? TransactionId { get; private set; }

    public IReadOnlyDictionary<string, string> Properties => properties;

    public void SetProperty(string name, string value) => properties[name] = value;

    /// <summary>Puts the session on a request.</summary>
    public void ApplyTo(HttpRequestHeaders headers)
    {
        headers.Add("X-Trino-User", User);
        if (OriginalUser is not null) headers.Add("X-Trino-Original-User", OriginalUser);
        if (!string.IsNullOrEmpty(Catalog)) headers.Add("X-Trino-Catalog", Catalog);
        if (!string.IsNullOrEmpty(Schema)) headers.Add("X-Trino-Schema", Schema);
        if (Role is not null) headers.Add("X-Trino-Role", Role);
        if (TransactionId is not null) headers.Add("X-Trino-Transaction-Id", TransactionId);
        if (properties.Count > 0)
        {
            headers.Add("X-Trino-Session", string.Join(",", properties.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}")));
        }
    }

    /// <summary>Takes in what Trino told the client to change. Headers may repeat or be comma-joined.</summary>
    public void Apply(HttpResponseHeaders headers)
    {
        if (Last(headers, "X-Trino-Set-Catalog") is { } catalog) Catalog = catalog;
        if (Last(headers, "X-Trino-Set-Schema") is { } schema) Schema = schema;
        if (Last(headers, "X-Trino-Set-Role") is { } role) Role = role;
        if (Last(headers, "X-Trino-Started-Transaction-Id") is { } transaction) TransactionId = transaction;
        if (Last(headers, "X-Trino-Clear-Transaction-Id") is not null) TransactionId = null;
        if (Last(headers, "X-Trino-Set-Authorization-User") is { } newUser)
        {
            OriginalUser ??= User;
            User = newUser;
        }
        if (Last(headers, "X-Trino-Reset-Authorization-User") is not null && OriginalUser is not null)
        {
            User = OriginalUser;
            OriginalUser = null;
        }

        foreach (var pair in All(headers, "X-Trino-Set-Session"))
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0) continue;
            properties[pair[..equals].Trim()] = Uri.UnescapeDataString(pair[(equals + 1)..].Trim().Replace('+', ' '));
        }

        foreach (var name in All(headers, "X-Trino-Clear-Session")) properties.Remove(name.Trim());
    }

    private static IEnumerable<string> All(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
            ? values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : [];

    private static string? Last(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.LastOrDefault()?.Trim() : null;
}
