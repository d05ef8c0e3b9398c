namespace Odp.Engine.Settings;

/// <summary>
/// Marks a string setting as a duration written like <c>30s</c>, <c>5m</c>, <c>12h</c>, <c>30d</c> or <c>2w</c>
/// (see <see cref="Odp.Engine.Access.DurationText"/>), with optional bounds in the same notation. The options
/// validator enforces them; a test checks that it accepts <see cref="Min"/> and <see cref="Max"/> and refuses a second
/// past either, and refuses text that is no duration.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class DurationAttribute : Attribute
{
    /// <summary>The shortest accepted, e.g. <c>30s</c>; null means any duration (every duration is at least 1s).</summary>
    public string? Min { get; set; }

    /// <summary>The longest accepted, e.g. <c>1m</c>; null means no limit.</summary>
    public string? Max { get; set; }
}
