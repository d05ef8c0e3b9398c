namespace Odp.Engine.Settings;

/// <summary>
/// What a setting means, for the people who configure OpenDataPlane: the one source of <c>docs/configuration.md</c>,
/// which a test generates from these attributes (and fails when the committed file differs). On an options class's
/// property it documents <c>&lt;Section&gt;:&lt;Property&gt;</c>; on the class it introduces the section. Types and
/// defaults come from the class itself; numeric bounds from <see cref="System.ComponentModel.DataAnnotations.RangeAttribute"/>,
/// length bounds from <see cref="System.ComponentModel.DataAnnotations.MinLengthAttribute"/>, and durations from
/// <see cref="DurationAttribute"/> — each checked against the validator at the boundary, so they can't disagree.
/// </summary>
/// <param name="meaning">What the setting does, in Markdown; a sentence or a few.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class, Inherited = false)]
public sealed class SettingAttribute(string meaning) : Attribute
{
    public string Meaning { get; } = meaning;

    /// <summary>A token, password, key or connection string: documented without its default, never logged.</summary>
    public bool Secret { get; set; }

    /// <summary>The default in words (Markdown), when the property's initial value is not what applies (e.g. "the demo catalog").</summary>
    public string? Default { get; set; }

    /// <summary>The values accepted, when they are a fixed few; the validator must refuse any other (a test checks).</summary>
    public string[]? Choices { get; set; }

    /// <summary>A bound no attribute can state, such as one between two settings (e.g. "at most <c>MaxDuration</c>").</summary>
    public string? Bounds { get; set; }

    /// <summary>What a map's key names, shown as <c>&lt;Key&gt;</c> in the setting's name (e.g. <c>group</c>).</summary>
    public string? Key { get; set; }

    /// <summary>The command-line option that also sets it (e.g. <c>--data DIR</c>).</summary>
    public string? Flag { get; set; }
}
