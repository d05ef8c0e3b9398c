using System.Text.Json.Nodes;
using LiteDB;
using Odp.Engine.Access;
using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Storage.Postgres;
using Odp.Engine.Tickets;

namespace Odp.Engine.Tests.Storage;

/// <summary>A step's note in both ticket mappings; tickets stored before notes existed read with none.</summary>
public sealed class TicketStepNoteTests
{
    private static readonly TicketData Waiting = new(
        "ODP-1", "lake.sales.orders", "alice", AccessLevel.Read, TimeSpan.FromDays(7), "analysis", "sales",
        TicketState.Provisioning, DateTimeOffset.UnixEpoch, null, "bob", null, [],
        [new ProvisioningStep("pipeline", StepStatus.Running, DateTimeOffset.UnixEpoch, Note: "waiting for merge of !1")], 3);

    [Fact]
    public void TicketBson_NoteWrittenOrNot_ReadsItOrNull()
    {
        var document = TicketBson.ToDocument(Waiting);
        var written = TicketBson.FromDocument(document);
        foreach (var step in document["steps"].AsArray) step.AsDocument.Remove("note");

        Assert.Equal("waiting for merge of !1", written.Steps[0].Note);
        Assert.Null(TicketBson.FromDocument(document).Steps[0].Note);
    }

    [Fact]
    public void TicketJson_NoteWrittenOrNot_ReadsItOrNull()
    {
        var json = JsonNode.Parse(TicketJson.ToJson(Waiting))!;
        var written = TicketJson.FromJson(json.ToJsonString(), 3);
        json["steps"]![0]!.AsObject().Remove("note");

        Assert.Equal("waiting for merge of !1", written.Steps[0].Note);
        Assert.Null(TicketJson.FromJson(json.ToJsonString(), 3).Steps[0].Note);
    }
}
