using Odp.Engine.Catalog;

namespace Odp.Engine.Integrations.Trino;

/// <summary>How one user reaches one table's catalog and schema in Trino.</summary>
/// <param name="Url">The server URL, e.g. <c>http://trino.internal:8080</c>.</param>
/// <param name="Host">Host and port, e.g. <c>trino.internal:8080</c>.</param>
/// <param name="JdbcUrl">The Trino JDBC URL <c>jdbc:trino://host:port/catalog/schema?user=alice</c> (plus <c>SSL=true</c> for https).</param>
/// <param name="Cli">The Trino CLI command line.</param>
public sealed record TrinoConnectionInfo(
    string Url, string Host, int Port, string Catalog, string Schema, string User, string JdbcUrl, string Cli)
{
    public static TrinoConnectionInfo For(TrinoOptions options, string user, DatasetName table)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        ArgumentNullException.ThrowIfNull(table);

        var server = ParseServer(options.Url);
        var host = $"{server.Host}:{server.Port}";
        var url = $"{server.Scheme}://{host}";
        var catalog = table.Catalog.ToLowerInvariant();
        var schema = table.Schema.ToLowerInvariant();

        var query = $"user={Uri.EscapeDataString(user)}";
        if (server.Scheme == Uri.UriSchemeHttps) query += "&SSL=true";
        var jdbc = $"jdbc:trino://{host}/{Uri.EscapeDataString(catalog)}/{Uri.EscapeDataString(schema)}?{query}";
        var cli = $"trino --server {url} --catalog {ShellQuote(catalog)} --schema {ShellQuote(schema)} --user {ShellQuote(user)}";

        return new TrinoConnectionInfo(url, host, server.Port, catalog, schema, user, jdbc, cli);
    }

    /// <summary>Parses <see cref="TrinoOptions.Url"/>; the port defaults to 80/443 when absent.</summary>
    public static Uri ParseServer(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"{TrinoOptions.Section}:{nameof(TrinoOptions.Url)} '{url}' is not an http(s) URL.", nameof(url));
        return uri;
    }

    private static string ShellQuote(string value) =>
        value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '@')
            ? value
            : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
