using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Odp.Benchmarks.Load;
using Odp.Benchmarks.Servers;
using Odp.Bot.Platforms.Slack;

namespace Odp.Benchmarks.Realistic;

/// <summary>
/// One target under the realistic load: wait until it answers a search with results (ODP indexes the catalog at
/// start), check one answer, then a warm-up wrk run and the measured one, each with requests signed for it alone
/// (<see cref="SignedRequestFile"/>, at most <see cref="RealisticSettings.MaxRate"/> per second), the server's CPU
/// time sampled around the measured run. Answers that are not search results count as errors.
/// </summary>
public sealed partial class RealisticLoad(RealisticSettings settings, SearchTexts texts)
{
    /// <summary>Slack gives up on an ack after 3 s: a slower answer counts as an error (a wrk timeout).</summary>
    public const string Timeout = "3s";

    private const string SettleWord = "customer";

    /// <summary>
    /// The start of the line ODP logs when a catalog sync ends (or fails). The host says nowhere else that its first
    /// sync is over, so the benchmark watches its log for it (<see cref="ServerProcess.SeenAsync"/>).
    /// </summary>
    public const string SyncLogged = "Catalog sync";

    /// <param name="searches">The target answers searches: wait for results, and count answers that are not search results.</param>
    /// <param name="syncs">
    /// The target is ODP: it logs <see cref="SyncLogged"/> after its first catalog sync (wait for that too) and refuses
    /// replayed requests (a request sent twice, when the run needed more than were signed, is an error).
    /// </param>
    public async Task<LoadResult> RunAsync(string target, ServerProcess server, string path, bool searches, bool syncs = false)
    {
        var url = new Uri($"http://127.0.0.1:{server.Port}{path}");
        var nonce = $"{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}.{target}";
        var (note, problem) = await SettleAsync(server, url, nonce, searches, syncs);
        if (problem is not null) return LoadResult.NotMeasured(target, problem);

        var folder = Directory.CreateTempSubdirectory("odp-bench-requests-");
        try
        {
            var warmupCount = (int)(settings.MaxRate * settings.Warmup.TotalSeconds);
            var measuredCount = (int)(settings.MaxRate * settings.Measure.TotalSeconds);
            var warmupFile = Path.Combine(folder.FullName, "warmup.tsv");
            var measuredFile = Path.Combine(folder.FullName, "measured.tsv");
            var script = Path.Combine(folder.FullName, "realistic.lua");
            await File.WriteAllTextAsync(script, RealisticWrkScript.Text);
            string check = searches ? "search" : "status";
            string[] extra = ["--timeout", Timeout];
            if (warmupCount > 0)
            {
                await SignedRequestFile.WriteAsync(warmupFile, texts.Stream(settings.Seed + 1).Take(warmupCount), OdpServer.Secret, $"{nonce}.w");
                // The measured run's requests are signed while the warm-up runs, so they start fresh right after it.
                var signing = Task.Run(() => SignedRequestFile.WriteAsync(measuredFile, texts.Stream(settings.Seed + 1, warmupCount).Take(measuredCount), OdpServer.Secret, $"{nonce}.m"));
                await WrkLoad.RunWrkAsync(url, script, settings.Warmup, settings.Concurrency, extra, [warmupFile, check, path]);
                await signing;
            }
            else
            {
                await SignedRequestFile.WriteAsync(measuredFile, texts.Stream(settings.Seed + 1).Take(measuredCount), OdpServer.Secret, $"{nonce}.m");
            }
            var before = server.CpuTime;
            var output = await WrkLoad.RunWrkAsync(url, script, settings.Measure, settings.Concurrency, extra, [measuredFile, check, path]);
            var used = server.CpuTime - before;
            if (WrkLoad.Parse(target, output, settings.Measure) is not { } result)
                return LoadResult.NotMeasured(target, "wrk printed no figures: " + output.ReplaceLineEndings(" "));
            var answers = Answers().Match(output);
            if (!answers.Success) return LoadResult.NotMeasured(target, "the wrk script printed no answer counts: " + output.ReplaceLineEndings(" "));
            long Count(string name) => long.Parse(answers.Groups[name].Value, CultureInfo.InvariantCulture);
            var bad = Count("notSearch") + Count("wrong") + Count("loading");
            var notes = new List<string?> { note, result.Note };
            if (bad > 0) notes.Add($"answers not search results: {Count("notSearch")}, went wrong: {Count("wrong")}, still loading: {Count("loading")}");
            if (SocketErrors().Match(output) is { Success: true } socket) notes.Add(socket.Value);
            if (NonSuccess().Match(output) is { Success: true } non2xx) notes.Add(non2xx.Value);
            // A replay is an error only for a host that refuses them (ODP); the others answer it like any request.
            var replays = syncs ? Count("replays") : 0;
            if (Count("replays") > 0) notes.Add($"{Count("replays")} requests sent a second time{(syncs ? ": raise --max-rate" : "")}");
            return result with
            {
                RequestsPerSecond = (result.Requests - bad) / settings.Measure.TotalSeconds,
                Requests = result.Requests - bad,
                Errors = result.Errors + bad + replays,
                Note = string.Join("; ", notes.Where(n => n is not null)),
                ServerCpuMicroseconds = result.Requests > 0 ? used.TotalMicroseconds / result.Requests : null,
            };
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Polls a search until it answers with results (a target that does not search: one request answered 2xx), then
    /// for ODP waits for its first sync's log line. Returns what to note, or why the target cannot be measured.
    /// </summary>
    private async Task<(string? Note, string? Problem)> SettleAsync(ServerProcess server, Uri url, string nonce, bool searches, bool syncs)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var waited = Stopwatch.StartNew();
        string? problem = null;
        for (var i = 0; waited.Elapsed < settings.SettleLimit; i++)
        {
            var (status, body) = await SendAsync(client, url, $"search {SettleWord}", $"{nonce}.settle.{i}");
            var ok = status is >= 200 and <= 299;
            problem = !ok ? $"HTTP {status} {body}"
                : !searches || (body.Contains("Showing", StringComparison.Ordinal) && body.Contains("\"blocks\"", StringComparison.Ordinal)) ? null
                : $"not a search with results: {Cut(body)}";
            if (problem is null || !searches || !ok || server.Exited) break;
            await Task.Delay(TimeSpan.FromMilliseconds(250)); // polling a starting host for its first results, bounded by SettleLimit
        }
        if (problem is not null) return (null, $"wrong answer after {waited.Elapsed.TotalSeconds:0} s: {problem}");
        if (!searches) return (null, null);
        var note = string.Create(CultureInfo.InvariantCulture, $"first results after {waited.Elapsed.TotalSeconds:0.0} s");
        if (!syncs) return (note, null);
        var synced = await server.SeenAsync(SyncLogged, TimeSpan.FromTicks(Math.Max(0, (settings.SettleLimit - waited.Elapsed).Ticks)));
        return (note + string.Create(CultureInfo.InvariantCulture,
            $", {(synced ? "first sync logged" : $"no '{SyncLogged}' line")} after {waited.Elapsed.TotalSeconds:0.0} s"), null);
    }

    private static async Task<(int Status, string Body)> SendAsync(HttpClient client, Uri url, string text, string triggerId)
    {
        var body = Encoding.UTF8.GetBytes(SignedRequestFile.Form(new SearchRequest(text, SearchCategory.OneWord, 1), triggerId));
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.TryAddWithoutValidation(SlackSignature.TimestampHeader, timestamp);
        request.Headers.TryAddWithoutValidation(SlackSignature.SignatureHeader, SlackSignature.Compute(OdpServer.Secret, timestamp, body));
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex(@"Socket errors: [^\n]*")]
    private static partial Regex SocketErrors();

    [GeneratedRegex(@"Non-2xx or 3xx responses: \d+")]
    private static partial Regex NonSuccess();

    private static string Cut(string text) => text.Length <= 300 ? text : text[..300] + "…";

    [GeneratedRegex(RealisticWrkScript.Marker + @" not_search=(?<notSearch>\d+) went_wrong=(?<wrong>\d+) loading=(?<loading>\d+) replays=(?<replays>\d+) sent=(?<sent>\d+)")]
    private static partial Regex Answers();
}
