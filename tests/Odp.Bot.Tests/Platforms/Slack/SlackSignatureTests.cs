using System.Text;
using System.Text.Json;
using Odp.Bot.Platforms.Slack;
using Odp.Bot.Tests.Fakes;

namespace Odp.Bot.Tests.Platforms.Slack;

/// <summary>Slack's official signing test vector and the ways a request can fail it.</summary>
public sealed class SlackSignatureTests
{
    private static readonly JsonElement Vector = JsonDocument.Parse(Fixture.Text("slack-signing-test-vector.json")).RootElement;
    private static readonly string Secret = Vector.GetProperty("signing_secret").GetString()!;
    private static readonly string Timestamp = Vector.GetProperty("x_slack_request_timestamp").GetString()!;
    private static readonly string Signature = Vector.GetProperty("x_slack_signature").GetString()!;
    private static readonly byte[] Body = Fixture.Bytes("slack-signing-test-vector.body.txt");
    private static readonly DateTimeOffset SignedAt = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    [Fact]
    public void Compute_OfficialVector_MatchesSlacksSignature()
    {
        Assert.Equal(Signature, SlackSignature.Compute(Secret, Timestamp, Body));
        Assert.Equal(Vector.GetProperty("raw_body").GetString(), Encoding.UTF8.GetString(Body));
    }

    [Fact]
    public void Check_OfficialVectorAtItsTime_Passes() =>
        Assert.Null(SlackSignature.Check(Secret, Timestamp, Signature, Body, SignedAt));

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-100000)]
    public void Check_OutsideTheFiveMinuteWindowEitherWay_Fails(int skewSeconds) =>
        Assert.Contains("window", SlackSignature.Check(Secret, Timestamp, Signature, Body, SignedAt.AddSeconds(skewSeconds)));

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public void Check_AtTheEdgeOfTheWindow_Passes(int skewSeconds) =>
        Assert.Null(SlackSignature.Check(Secret, Timestamp, Signature, Body, SignedAt.AddSeconds(skewSeconds)));

    [Fact]
    public void Check_BodyChanged_Fails() =>
        Assert.Equal("signature mismatch", SlackSignature.Check(Secret, Timestamp, Signature, [.. Body, .. "------"u8.ToArray()], SignedAt));

    [Fact]
    public void Check_WrongSecret_Fails() =>
        Assert.Equal("signature mismatch", SlackSignature.Check("not-the-secret", Timestamp, Signature, Body, SignedAt));

    [Theory]
    [InlineData(null, "v0=abc")]
    [InlineData("1531420618", null)]
    [InlineData("", "")]
    [InlineData("soon", "v0=abc")]
    [InlineData("1531420618", "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    public void Check_MissingOrMalformedHeaders_Fails(string? timestamp, string? signature) =>
        Assert.NotNull(SlackSignature.Check(Secret, timestamp, signature, Body, SignedAt));

    [Fact]
    public void Check_SecretsAlternateOnOneThread_EachIsCheckedWithItsOwnKey()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Null(SlackSignature.Check(Secret, Timestamp, Signature, Body, SignedAt));
            Assert.Equal("signature mismatch", SlackSignature.Check(Secret + "-rotated", Timestamp, Signature, Body, SignedAt));
        }
        var rotated = SlackSignature.Compute(Secret + "-rotated", Timestamp, Body);
        Assert.Null(SlackSignature.Check(Secret + "-rotated", Timestamp, rotated, Body, SignedAt));
        Assert.Equal("signature mismatch", SlackSignature.Check(Secret, Timestamp, rotated, Body, SignedAt));
    }

    [Fact]
    public async Task Check_ManyThreadsAtOnce_AllAgree()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() =>
            i % 2 == 0
                ? SlackSignature.Check(Secret, Timestamp, Signature, Body, SignedAt) is null
                : SlackSignature.Check("other-" + i, Timestamp, Signature, Body, SignedAt) == "signature mismatch")));
        Assert.All(outcomes, Assert.True);
    }
}
