using System.Text.Json;
using Odp.Bot.Platforms.Slack;

namespace Odp.Bot.Tests.Platforms.Slack;

public sealed class SlackPressTests
{
    private static JsonElement Payload(string value, string? reason = null, string type = "block_actions") => JsonDocument.Parse(JsonSerializer.Serialize(new
    {
        type,
        user = new { id = "U1", username = "bob", team_id = "T1" },
        container = new { type = "message", message_ts = "1700000000.000100", channel_id = "D1", is_ephemeral = false },
        response_url = "https://hooks.slack.test/actions/T1/1/abc",
        actions = new[] { new { action_id = "odp-1", block_id = "b1", value, type = "button", action_ts = "1700000001.0" } },
        state = new { values = new Dictionary<string, object> { ["odp-input-reason"] = new { reason = new { type = "plain_text_input", value = reason } } } },
    })).RootElement;

    [Fact]
    public void From_BlockActions_ReadsUserButtonCardAndResponseUrl()
    {
        var press = SlackPress.From(Payload("/odp approve ODP-1"))!;

        Assert.Equal("U1", press.UserId);
        Assert.Equal("D1", press.ChannelId);
        Assert.Equal("1700000000.000100", press.MessageTs);
        Assert.Equal("/odp approve ODP-1", press.Command);
        Assert.Equal("https://hooks.slack.test/actions/T1/1/abc", press.ResponseUrl.ToString());
    }

    [Fact]
    public void CommandText_DenyWithTypedReason_AddsTheReasonQuoted() =>
        Assert.Equal("/odp deny ODP-1 --reason \"use the \\\"agg\\\" view\"",
            SlackPress.From(Payload("/odp deny ODP-1", "use the \"agg\" view"))!.CommandText());

    [Fact]
    public void CommandText_ApproveWithSomethingTyped_IgnoresTheInputItDoesNotTake() =>
        Assert.Equal("/odp approve ODP-1", SlackPress.From(Payload("/odp approve ODP-1", "looks fine"))!.CommandText());

    [Fact]
    public void CommandText_DenyWithEmptyBox_LeavesTheCommandAsIs() =>
        Assert.Equal("/odp deny ODP-1", SlackPress.From(Payload("/odp deny ODP-1", "  "))!.CommandText());

    [Fact]
    public void From_OtherPayloadTypes_IsNull() =>
        Assert.Null(SlackPress.From(Payload("/odp approve ODP-1", type: "view_submission")));
}
