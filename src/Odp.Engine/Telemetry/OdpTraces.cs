using System.Diagnostics;

namespace Odp.Engine.Telemetry;

/// <summary>
/// The activity sources, one per area (<c>OpenDataPlane.Access</c>, <c>.Provisioning</c>, <c>.Catalog</c>,
/// <c>.Chat</c>). Spans wrap use cases and worker passes; an outbound HTTP call made inside one carries its W3C
/// <c>traceparent</c> (.NET's default propagation). Span tags name tickets and steps, never people.
/// </summary>
public static class OdpTraces
{
    /// <summary>Every source's name starts with this; a tracer adds <c>OpenDataPlane.*</c>.</summary>
    public const string Prefix = "OpenDataPlane";

    public static readonly ActivitySource Access = new(Prefix + ".Access");

    public static readonly ActivitySource Provisioning = new(Prefix + ".Provisioning");

    public static readonly ActivitySource Catalog = new(Prefix + ".Catalog");

    public static readonly ActivitySource Chat = new(Prefix + ".Chat");

    /// <summary>The tag spans put the ticket id under.</summary>
    public const string TicketTag = "odp.ticket.id";
}
