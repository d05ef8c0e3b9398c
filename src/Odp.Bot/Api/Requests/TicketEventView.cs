using System.Text.Json.Serialization;
using Odp.Bot.Api.Json;
using Odp.Engine.Tickets;

namespace Odp.Bot.Api.Requests;

/// <summary>One entry of a ticket's log. <see cref="From"/> is null for the event that opened it.</summary>
public sealed record TicketEventView(
    DateTime At,
    string By,
    [property: JsonConverter(typeof(CamelCaseEnumConverter<TicketState>))] TicketState? From,
    [property: JsonConverter(typeof(CamelCaseEnumConverter<TicketState>))] TicketState To,
    string? Note)
{
    public static TicketEventView Of(TicketEvent e) => new(e.At.UtcDateTime, e.By, e.From, e.To, e.Note);
}
