using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Logging;
using Odp.Engine.Integrations.Http;

namespace Odp.Engine.Integrations.Trino.Client;

/// <summary>
/// Trino's statement protocol over a typed <see cref="HttpClient"/> (base address = the coordinator, auth from
/// <see cref="TrinoAuthHandler"/>): <c>POST /v1/statement</c>, then <c>GET nextUri</c> until there is none. Pages
/// without data are normal. A page with <c>error</c> throws <see cref="TrinoQueryException"/>. Trino's resilience layer
/// (<c>Odp:Resilience:Trino</c>) resends a 502/503/504 (the first POST too, as the protocol says) from 50 ms and a
/// 429 after its <c>Retry-After</c>, bounded; any other non-200 answer throws <see cref="HttpRequestException"/>.
/// Stopping early (the row cap, or a caller that stops reading) cancels the query with <c>DELETE nextUri</c>. Logs carry the query id only, never SQL or headers.
/// </summary>
public sealed partial class TrinoClient(HttpClient http, ILogger<TrinoClient> logger)
{
    public const string Source = "odp";
    public const string ClientTags = "odp";

    /// <summary>
    /// Runs <paramref name="sql"/> to the end and keeps at most <paramref name="maxRows"/> rows; a row beyond the cap
    /// stops reading and cancels the query (<see cref="TrinoQueryResult.Truncated"/>). With a cap of 0 the query still
    /// runs to the end, so its failure (e.g. access denied) is seen.
    /// </summary>
    public async Task<TrinoQueryResult> QueryAsync(string sql, TrinoSession session, int maxRows, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        IReadOnlyList<TrinoColumn> columns = [];
        var rows = new List<TrinoRow>();
        await foreach (var page in PagesAsync(sql, session, cancellationToken).ConfigureAwait(false))
        {
            if (page.Columns is not null) columns = page.Columns;
            foreach (var values in page.Data)
            {
                if (rows.Count == maxRows) return new TrinoQueryResult(columns, rows, Truncated: true);
                rows.Add(new TrinoRow(columns, values));
            }
        }

        return new TrinoQueryResult(columns, rows, Truncated: false);
    }

    /// <summary>Streams the rows of <paramref name="sql"/>; once <paramref name="maxRows"/> rows are read the query is cancelled.</summary>
    public async IAsyncEnumerable<TrinoRow> StreamAsync(
        string sql, TrinoSession session, int maxRows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRows);
        IReadOnlyList<TrinoColumn> columns = [];
        var count = 0;
        await foreach (var page in PagesAsync(sql, session, cancellationToken).ConfigureAwait(false))
        {
            if (page.Columns is not null) columns = page.Columns;
            foreach (var values in page.Data)
            {
                yield return new TrinoRow(columns, values);
                if (++count == maxRows) yield break;
            }
        }
    }

    /// <summary>Every page of one query; disposing the enumeration before the last page cancels the query.</summary>
    private async IAsyncEnumerable<TrinoPage> PagesAsync(
        string sql, TrinoSession session, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var body = sql.Trim().TrimEnd(';').TrimEnd();
        // The protocol has a 502, 503 or 504 to the first POST retried like the GETs: it came from a gateway.
        var statement = new HttpRequestMessage(HttpMethod.Post, "v1/statement") { Content = new StringContent(body, Encoding.UTF8, "text/plain") }
            .Resend(RequestResend.Safe);
        statement.Headers.Add("X-Trino-Source", Source);
        statement.Headers.Add("X-Trino-Client-Tags", ClientTags);
        session.ApplyTo(statement.Headers);
        var page = await SendAsync(statement, session, cancellationToken).ConfigureAwait(false);

        var finished = false;
        try
        {
            while (true)
            {
                if (page.Error is not null) throw page.Error;
                finished = page.NextUri is null;
                yield return page;
                if (finished) yield break;
                var next = new Uri(http.BaseAddress!, page.NextUri);
                page = await SendAsync(new HttpRequestMessage(HttpMethod.Get, next), session, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (!finished && page.NextUri is not null && page.Error is null)
            {
                await CancelAsync(page).ConfigureAwait(false);
            }
        }
    }

    private async Task CancelAsync(TrinoPage page)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri(http.BaseAddress!, page.NextUri));
            using var response = await http.SendAsync(request, CancellationToken.None).ConfigureAwait(false);
            LogCancelled(logger, page.Id ?? "?", (int)response.StatusCode);
        }
        catch (HttpRequestException e)
        {
            LogCancelFailed(logger, page.Id ?? "?", e.Message);
        }
    }

    private async Task<TrinoPage> SendAsync(HttpRequestMessage request, TrinoSession session, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new HttpRequestException($"Trino answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
            }

            session.Apply(response.Headers);
            return TrinoPage.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Trino query {QueryId} cancelled (HTTP {Status})")]
    private static partial void LogCancelled(ILogger logger, string queryId, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trino query {QueryId} could not be cancelled: {Error}")]
    private static partial void LogCancelFailed(ILogger logger, string queryId, string error);
}
