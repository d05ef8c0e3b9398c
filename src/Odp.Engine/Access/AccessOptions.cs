using System.ComponentModel.DataAnnotations;
using Odp.Engine.Settings;

namespace Odp.Engine.Access;

/// <summary>The rules of asking for access. Durations are written like <c>30d</c>, <c>12h</c> or <c>2w</c>.</summary>
[Setting("The rules of asking for access.")]
public sealed class AccessOptions
{
    public const string Section = "Odp:Access";

    [Setting("The shortest reason accepted for a request.")]
    [Range(1, 500)]
    public int ReasonMinLength { get; set; } = 10;

    [Setting("The longest reason accepted, for a request, a denial or a revocation. Names typed into a command (dataset, "
        + "team, duration, ticket id, user) are limited to 512 characters.", Bounds = "at least `ReasonMinLength`")]
    [Range(1, AccessOptionsValidator.MaxReason)]
    public int ReasonMaxLength { get; set; } = 2000;

    [Setting("The access a request asks for when it has no `--for`.", Bounds = "at most `MaxDuration`")]
    [Duration]
    public string DefaultDuration { get; set; } = "30d";

    [Setting("The longest access `--for` may ask for.")]
    [Duration]
    public string MaxDuration { get; set; } = "90d";

    [Setting("A request nobody reviewed expires after this many days.")]
    [Range(1, 365)]
    public int PendingExpiryDays { get; set; } = 14;

    [Setting("How often expiry runs: access whose time is up ends, and requests nobody reviewed in time expire.")]
    [Duration]
    public string SweepInterval { get; set; } = "1m";
}
