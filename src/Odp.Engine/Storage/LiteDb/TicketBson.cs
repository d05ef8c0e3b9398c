using LiteDB;
using Odp.Engine.Access;
using Odp.Engine.Tickets;

namespace Odp.Engine.Storage.LiteDb;

/// <summary>Explicit mapping between <see cref="TicketData"/> and its stored document. Times are kept as UTC ticks.</summary>
internal static class TicketBson
{
    public static BsonDocument ToDocument(TicketData t) => new()
    {
        ["_id"] = t.Id,
        ["number"] = TicketIds.Number(t.Id),
        ["dataset"] = t.Dataset,
        ["user"] = t.User,
        ["access"] = t.Access.ToString(),
        ["duration"] = t.Duration.Ticks,
        ["reason"] = t.Reason,
        ["workspace"] = t.Workspace,
        ["team"] = t.Team,
        ["state"] = t.State.ToString(),
        ["createdAt"] = t.CreatedAt.UtcTicks,
        ["expiresAt"] = t.ExpiresAt is { } e ? e.UtcTicks : BsonValue.Null,
        ["decidedBy"] = t.DecidedBy,
        ["decisionNote"] = t.DecisionNote,
        ["version"] = t.Version,
        ["events"] = new BsonArray(t.Events.Select(e => (BsonValue)new BsonDocument
        {
            ["at"] = e.At.UtcTicks,
            ["by"] = e.By,
            ["from"] = e.From?.ToString(),
            ["to"] = e.To.ToString(),
            ["note"] = e.Note,
        })),
        ["steps"] = new BsonArray(t.Steps.Select(s => (BsonValue)new BsonDocument
        {
            ["name"] = s.Name,
            ["status"] = s.Status.ToString(),
            ["startedAt"] = s.StartedAt is { } a ? a.UtcTicks : BsonValue.Null,
            ["finishedAt"] = s.FinishedAt is { } f ? f.UtcTicks : BsonValue.Null,
            ["error"] = s.Error,
            ["note"] = s.Note,
        })),
    };

    public static TicketData FromDocument(BsonDocument d) => new(
        d["_id"].AsString,
        d["dataset"].AsString,
        d["user"].AsString,
        Enum.Parse<AccessLevel>(d["access"].AsString),
        TimeSpan.FromTicks(d["duration"].AsInt64),
        d["reason"].AsString,
        d["workspace"].AsString,
        Enum.Parse<TicketState>(d["state"].AsString),
        Time(d["createdAt"])!.Value,
        Time(d["expiresAt"]),
        Text(d["decidedBy"]),
        Text(d["decisionNote"]),
        [.. d["events"].AsArray.Select(v => v.AsDocument).Select(e => new TicketEvent(
            Time(e["at"])!.Value,
            e["by"].AsString,
            Text(e["from"]) is { } from ? Enum.Parse<TicketState>(from) : null,
            Enum.Parse<TicketState>(e["to"].AsString),
            Text(e["note"])))],
        [.. d["steps"].AsArray.Select(v => v.AsDocument).Select(s => new ProvisioningStep(
            s["name"].AsString,
            Enum.Parse<StepStatus>(s["status"].AsString),
            Time(s["startedAt"]),
            Time(s["finishedAt"]),
            Text(s["error"]),
            Text(s["note"])))],
        d["version"].AsInt32,
        Text(d["team"]));

    private static DateTimeOffset? Time(BsonValue v) => v.IsNull ? null : new DateTimeOffset(v.AsInt64, TimeSpan.Zero);

    private static string? Text(BsonValue v) => v.IsNull ? null : v.AsString;
}
