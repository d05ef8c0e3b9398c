using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Odp.Bot.Platforms.Slack;

namespace Odp.Benchmarks.Load;

/// <summary>
/// <c>/odp search churn</c> from U0ALICE as Slack sends it: a form body signed with the <c>v0</c> scheme. A handful
/// are signed up front (each with its own trigger_id, all with one timestamp, well inside Slack's five minutes) and
/// sent round-robin, so the client spends no time on HMACs while measuring.
/// </summary>
public sealed class SignedCommands
{
    private readonly (byte[] Body, string Signature)[] signed;
    private readonly string timestamp;

    public SignedCommands(Uri url, string secret, string text = "search churn", int count = 16)
    {
        Url = url;
        timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        signed = Enumerable.Range(0, count).Select(i =>
        {
            var body = Encoding.UTF8.GetBytes(Form(text, i));
            return (body, SlackSignature.Compute(secret, timestamp, body));
        }).ToArray();
    }

    public Uri Url { get; }

    public HttpRequestMessage Next(long sequence)
    {
        var (body, signature) = signed[(int)((ulong)sequence % (ulong)signed.Length)];
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = content };
        request.Headers.TryAddWithoutValidation(SlackSignature.TimestampHeader, timestamp);
        request.Headers.TryAddWithoutValidation(SlackSignature.SignatureHeader, signature);
        return request;
    }

    /// <summary>A wrk script that sends the same signed requests round-robin.</summary>
    public string ToWrkScript()
    {
        var script = new StringBuilder("local requests = {}\n");
        foreach (var (body, signature) in signed)
            script.Append("requests[#requests + 1] = wrk.format(\"POST\", ").Append(Lua(Url.PathAndQuery)).Append(", { [\"Host\"] = ")
                .Append(Lua(Url.Authority)).Append(", [\"Content-Type\"] = \"application/x-www-form-urlencoded\", [")
                .Append(Lua(SlackSignature.TimestampHeader)).Append("] = ").Append(Lua(timestamp)).Append(", [")
                .Append(Lua(SlackSignature.SignatureHeader)).Append("] = ").Append(Lua(signature)).Append(" }, ")
                .Append(Lua(Encoding.UTF8.GetString(body))).Append(")\n");
        script.Append("local next = 0\nrequest = function()\n  next = next % #requests + 1\n  return requests[next]\nend\n");
        return script.ToString();
    }

    private static string Lua(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string Form(string text, int i) => string.Join('&', new Dictionary<string, string>
    {
        ["token"] = "deprecated",
        ["team_id"] = "T0BENCH001",
        ["team_domain"] = "benchmark",
        ["channel_id"] = "C0GENERAL",
        ["channel_name"] = "general",
        ["user_id"] = Servers.UsersInfoStub.User,
        ["user_name"] = "alice",
        ["command"] = "/odp",
        ["text"] = text,
        ["api_app_id"] = "A0BENCH",
        ["response_url"] = "https://hooks.slack.invalid/commands/T0BENCH001/1/benchmark",
        ["trigger_id"] = $"1.2.{i}",
    }.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
}
