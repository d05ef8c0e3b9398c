using System.Text.Json.Nodes;

namespace Odp.Bot.Tests.Fakes.Slack;

/// <summary>
/// What the fake sends back: a status, a JSON body (or <see cref="RawBody"/>), maybe a Retry-After; or, with
/// <see cref="Hang"/>, nothing at all until the caller gives up.
/// </summary>
internal sealed record FakeSlackReply(int Status, JsonObject? Body, int? RetryAfterSeconds = null, string? RawBody = null, bool Hang = false)
{
    public static FakeSlackReply Ok(JsonObject body)
    {
        body.Insert(0, "ok", true);
        return new FakeSlackReply(200, body);
    }

    public static FakeSlackReply Error(string error, int status = 200) =>
        new(status, new JsonObject { ["ok"] = false, ["error"] = error });
}
