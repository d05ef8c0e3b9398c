using Odp.Engine.Settings;

namespace Odp.Engine.Access.Drift;

/// <summary>How often the live Trino rules file is compared with the tickets: <c>Odp:Trino:DriftCheckInterval</c>.</summary>
public sealed class DriftOptions
{
    public const string Section = "Odp:Trino";

    [Setting("How often the live rules file (or, in SQL mode, the live grants) is compared with the tickets and repaired.")]
    [Duration]
    public string DriftCheckInterval { get; set; } = "5m";
}
