using System.ComponentModel.DataAnnotations;
using Odp.Engine.Settings;

namespace Odp.Engine.Catalog.Finding;

/// <summary><c>Odp:Catalog:Search</c>: how many searches run at once and how long one may take.</summary>
[Setting("How many searches (and `show`s) run at once and how long one may take. A search has at most 512 characters "
    + "and 32 words and filter values, and pages through its first 1,000 results (pages 1–1,000 of 1–100 results); "
    + "\"did you mean\" is offered for words of 3–32 letters, the first three of a search that match nothing. A search "
    + "whose words occur too often (more than 3,000,000 postings at once, about 40 ms of CPU) is refused, saying so.")]
public sealed class SearchOptions
{
    public const string Section = "Odp:Catalog:Search";

    [Setting("How long a search or `show` may wait for its turn and run, in all; past it the user hears the catalog is busy "
        + "(REST: 503 with `Retry-After`). Within Slack's 3 s ack.")]
    [Duration(Max = "1m")]
    public string Timeout { get; set; } = "2s";

    [Setting("How many searches run at once; 0 means one per processor. Others wait their turn (within `Timeout`).",
        Default = "`0` (one per processor)")]
    [Range(0, 256)]
    public int Concurrency { get; set; }
}
