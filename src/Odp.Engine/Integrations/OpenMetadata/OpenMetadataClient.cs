using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Odp.Engine.Integrations.OpenMetadata;

/// <summary>
/// The OpenMetadata REST API (<c>/api/v1</c>) over a typed <see cref="HttpClient"/> whose handlers add the bearer token
/// and resend failed reads (<c>Odp:Resilience:OpenMetadata</c>). A 401 becomes an <see cref="OpenMetadataException"/>
/// naming the token setting.
/// </summary>
public sealed class OpenMetadataClient(HttpClient http)
{
    public const string TableFields = "owners,tags,columns,domain";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Every table, following the <c>paging.after</c> cursor page by page. Each entry is read on its own, so one
    /// malformed table comes back as an entry with its problem while the rest of its page is read as usual; a page
    /// that is not JSON at all throws.
    /// </summary>
    public async IAsyncEnumerable<OmTableEntry> ListTablesAsync(int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? after = null;
        var position = 0;
        do
        {
            var url = $"api/v1/tables?fields={TableFields}&limit={pageSize}"
                + (after is null ? "" : $"&after={Uri.EscapeDataString(after)}");
            var page = await GetAsync<OmTablePage>(url, cancellationToken);
            foreach (var entry in page.Data ?? []) yield return OmTableEntry.Read(entry, ++position, Json);
            after = page.Paging?.After is { Length: > 0 } next ? next : null;
        }
        while (after is not null);
    }

    /// <summary>The lineage around the table <paramref name="fullyQualifiedName"/>, or null when OpenMetadata does not know it.</summary>
    public async Task<OmLineage?> GetLineageAsync(string fullyQualifiedName, int depth, CancellationToken cancellationToken)
    {
        var url = $"api/v1/lineage/table/name/{Uri.EscapeDataString(fullyQualifiedName)}?upstreamDepth={depth}&downstreamDepth={depth}";
        return await GetAsync<OmLineage>(url, cancellationToken, notFoundIsNull: true);
    }

    /// <summary>Tables matching <paramref name="query"/> (Elasticsearch query_string syntax) in <c>table_search_index</c>.</summary>
    public async Task<IReadOnlyList<OmTable>> SearchTablesAsync(string query, int size, CancellationToken cancellationToken)
    {
        var url = $"api/v1/search/query?q={Uri.EscapeDataString(query)}&index=table_search_index&from=0&size={size}";
        var response = await GetAsync<JsonElement>(url, cancellationToken);
        if (!response.TryGetProperty("hits", out var hits) || !hits.TryGetProperty("hits", out var list)) return [];
        return [.. list.EnumerateArray()
            .Where(h => h.TryGetProperty("_source", out _))
            .Select(h => h.GetProperty("_source").Deserialize<OmTable>(Json))
            .OfType<OmTable>()];
    }

    private async Task<T> GetAsync<T>(string url, CancellationToken cancellationToken, bool notFoundIsNull = false)
    {
        using var response = await SendAsync(url, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new OpenMetadataException(
                $"OpenMetadata at {http.BaseAddress} refused the token (401): it is wrong or expired. Set a valid bot or personal access token in {OpenMetadataOptions.Section}:Token.",
                401);
        }
        if (notFoundIsNull && response.StatusCode == HttpStatusCode.NotFound) return default!;
        if (!response.IsSuccessStatusCode)
        {
            throw new OpenMetadataException(
                $"OpenMetadata at {http.BaseAddress} answered {(int)response.StatusCode} {response.ReasonPhrase} to GET /{url.Split('?')[0]}.",
                (int)response.StatusCode);
        }
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
                ?? throw new OpenMetadataException($"OpenMetadata answered an empty body to GET /{url.Split('?')[0]}.");
        }
        catch (JsonException e)
        {
            throw new OpenMetadataException($"OpenMetadata's answer to GET /{url.Split('?')[0]} is not the expected JSON: {e.Message}", null, e);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(string url, CancellationToken cancellationToken)
    {
        try
        {
            return await http.GetAsync(url, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new OpenMetadataException($"OpenMetadata at {http.BaseAddress} could not be reached: {e.Message}", null, e);
        }
    }
}
