namespace Odp.Engine.Catalog.Finding;

/// <summary><c>Odp:Catalog:Search</c>: how many searches run at once and how long one may take.</summary>
public sealed class SearchOptions
{
    public const string Section = "Odp:Catalog:Search";

    /// <summary>How long a search may wait for its turn and run, in all; past it the user hears so. Within Slack's 3 s ack.</summary>
    public string Timeout { get; set; } = "2s";

    /// <summary>How many searches run at once; 0 means one per processor. Others wait their turn (within <see cref="Timeout"/>).</summary>
    public int Concurrency { get; set; }
}
