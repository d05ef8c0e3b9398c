namespace Odp.Engine.Access;

/// <summary>The rules of asking for access. Durations are written like <c>30d</c>, <c>12h</c> or <c>2w</c>.</summary>
public sealed class AccessOptions
{
    public const string Section = "Odp:Access";

    public int ReasonMinLength { get; set; } = 10;

    /// <summary>The longest reason accepted, for a request, a denial or a revocation.</summary>
    public int ReasonMaxLength { get; set; } = 2000;

    public string DefaultDuration { get; set; } = "30d";

    public string MaxDuration { get; set; } = "90d";

    /// <summary>A request nobody reviewed expires after this many days.</summary>
    public int PendingExpiryDays { get; set; } = 14;

    /// <summary>How often expiry is checked.</summary>
    public string SweepInterval { get; set; } = "1m";
}
