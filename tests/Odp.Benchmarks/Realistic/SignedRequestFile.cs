using System.Globalization;
using System.Text;
using Odp.Bot.Platforms.Slack;

namespace Odp.Benchmarks.Realistic;

/// <summary>
/// Slash commands signed ahead of a load run and written one per line (<c>timestamp TAB signature TAB body</c>) for
/// the wrk script to read at <c>init</c>. Every request differs on the wire: its own <c>trigger_id</c> (a run nonce
/// and a sequence number), so a host that refuses replays sees none. All carry the timestamp of when they were signed,
/// so the run must start at once and end within Slack's five minutes.
/// </summary>
public static class SignedRequestFile
{
    public const string UserPrefix = "U0USER";

    /// <summary>Writes <paramref name="requests"/> to <paramref name="path"/>; returns how many.</summary>
    public static async Task<int> WriteAsync(string path, IEnumerable<SearchRequest> requests, string secret, string nonce)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        await using var file = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 20);
        var count = 0;
        foreach (var request in requests)
        {
            var body = Form(request, $"{nonce}.{count}");
            await file.WriteAsync($"{timestamp}\t{SlackSignature.Compute(secret, timestamp, Encoding.UTF8.GetBytes(body))}\t{body}\n");
            count++;
        }
        return count;
    }

    /// <summary>A slash command's form body, as Slack sends it (<c>trigger_id</c> makes it unique).</summary>
    public static string Form(SearchRequest request, string triggerId)
    {
        var user = request.User.ToString("D2", CultureInfo.InvariantCulture);
        return string.Join('&', new (string Key, string Value)[]
        {
            ("token", "deprecated"),
            ("team_id", "T0BENCH001"),
            ("team_domain", "benchmark"),
            ("channel_id", "C0GENERAL"),
            ("channel_name", "general"),
            ("user_id", UserPrefix + user),
            ("user_name", "user" + user),
            ("command", "/odp"),
            ("text", request.Text),
            ("api_app_id", "A0BENCH"),
            ("is_enterprise_install", "false"),
            ("response_url", $"https://hooks.slack.invalid/commands/T0BENCH001/{triggerId}/benchmark"),
            ("trigger_id", triggerId),
        }.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
    }
}
