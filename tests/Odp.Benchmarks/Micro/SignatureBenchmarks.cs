using System.Text;
using BenchmarkDotNet.Attributes;
using Odp.Bot.Platforms.Slack;

namespace Odp.Benchmarks.Micro;

/// <summary>Checking Slack's signature on a typical slash command body. Unsealed: BenchmarkDotNet derives from it.</summary>
public class SignatureBenchmarks
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private readonly byte[] body = Encoding.UTF8.GetBytes(
        "token=deprecated&team_id=T0BENCH001&channel_id=C0GENERAL&user_id=U0ALICE&command=%2Fodp&text=search%20churn" +
        "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT0BENCH001%2F1%2Fbenchmark&trigger_id=1.2.3");
    private string timestamp = "";
    private string signature = "";
    private DateTimeOffset now;

    [GlobalSetup]
    public void Setup()
    {
        now = DateTimeOffset.UtcNow;
        timestamp = now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        signature = SlackSignature.Compute(Secret, timestamp, body);
    }

    [Benchmark]
    public string? Check() => SlackSignature.Check(Secret, timestamp, signature, body, now);
}
