namespace Odp.Engine.Tickets;

/// <summary>Names for actors that are not people, as they appear in the event log.</summary>
public static class Actors
{
    public const string System = "odp";
}
