using System.Text.Json.Nodes;
using Odp.Engine.Access;
using Odp.Engine.Tickets;

namespace Odp.Engine.Storage.Postgres;

/// <summary>
/// Explicit mapping between <see cref="TicketData"/> and the <c>document</c> column of <c>tickets</c> (jsonb). Times
/// are kept as UTC ticks, so they round-trip to the tick; the version lives in its own column.
/// </summary>
internal static class TicketJson
{
    public static string ToJson(TicketData t) => new JsonObject
    {
        ["id"] = t.Id,
        ["dataset"] = t.Dataset,
        ["user"] = t.User,
        ["access"] = t.Access.ToString(),
        ["duration"] = t.Duration.Ticks,
        ["reason"] = t.Reason,
        ["workspace"] = t.Workspace,
        ["team"] = t.Team,
        ["state"] = t.State.ToString(),
        ["createdAt"] = t.CreatedAt.UtcTicks,
        ["expiresAt"] = t.ExpiresAt?.UtcTicks,
        ["decidedBy"] = t.DecidedBy,
        ["decisionNote"] = t.DecisionNote,
        ["events"] = new JsonArray([.. t.Events.Select(e => (JsonNode)new JsonObject
        {
            ["at"] = e.At.UtcTicks,
            ["by"] = e.By,
            ["from"] = e.From?.ToString(),
            ["to"] = e.To.ToString(),
            ["note"] = e.Note,
        })]),
        ["steps"] = new JsonArray([.. t.Steps.Select(s => (JsonNode)new JsonObject
        {
            ["name"] = s.Name,
            ["status"] = s.Status.ToString(),
            ["startedAt"] = s.StartedAt?.UtcTicks,
            ["finishedAt"] = s.FinishedAt?.UtcTicks,
            ["error"] = s.Error,
            ["note"] = s.Note,
        })]),
    }.ToJsonString();

    public static TicketData FromJson(string json, int version)
    {
        var d = JsonNode.Parse(json)!.AsObject();
        return new TicketData(
            Text(d["id"])!,
            Text(d["dataset"])!,
            Text(d["user"])!,
            Enum.Parse<AccessLevel>(Text(d["access"])!),
            TimeSpan.FromTicks((long)d["duration"]!),
            Text(d["reason"])!,
            Text(d["workspace"])!,
            Enum.Parse<TicketState>(Text(d["state"])!),
            Time(d["createdAt"])!.Value,
            Time(d["expiresAt"]),
            Text(d["decidedBy"]),
            Text(d["decisionNote"]),
            [.. d["events"]!.AsArray().Select(n => n!.AsObject()).Select(e => new TicketEvent(
                Time(e["at"])!.Value,
                Text(e["by"])!,
                Text(e["from"]) is { } from ? Enum.Parse<TicketState>(from) : null,
                Enum.Parse<TicketState>(Text(e["to"])!),
                Text(e["note"])))],
            [.. d["steps"]!.AsArray().Select(n => n!.AsObject()).Select(s => new ProvisioningStep(
                Text(s["name"])!,
                Enum.Parse<StepStatus>(Text(s["status"])!),
                Time(s["startedAt"]),
                Time(s["finishedAt"]),
                Text(s["error"]),
                Text(s["note"])))],
            version,
            Text(d["team"]));
    }

    private static DateTimeOffset? Time(JsonNode? v) => v is null ? null : new DateTimeOffset((long)v, TimeSpan.Zero);

    private static string? Text(JsonNode? v) => (string?)v;
}
