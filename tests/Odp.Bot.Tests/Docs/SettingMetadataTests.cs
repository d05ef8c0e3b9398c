using Odp.Bot.Platforms.Slack;
using Odp.Engine.Access;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Settings;

namespace Odp.Bot.Tests.Docs;

/// <summary>Every setting carries its documentation, and what the documentation claims fits the code's defaults.</summary>
public sealed class SettingMetadataTests
{
    private static readonly string[] SecretEndings = ["Token", "Tokens", "Password", "Secret", "SigningKey"];

    [Fact]
    public void OptionsClasses_InEngineAndBot_AreFound()
    {
        var types = OptionsClass.All.Select(o => o.Type).ToList();

        Assert.Contains(typeof(TrinoOptions), types);
        Assert.Contains(typeof(SlackOptions), types);
        Assert.True(types.Count >= 19, $"Only {types.Count} options classes found.");
    }

    [Fact]
    public void EveryOptionsProperty_HasASettingAttribute()
    {
        var missing = AllProperties().Where(p => p.Setting is null).Select(p => p.Key).ToList();

        Assert.True(missing.Count == 0,
            $"Settings without [Setting(\"what it means\")]: {string.Join(", ", missing)}. Add it (with [Range], [MinLength] or "
            + $"[Duration] for bounds, Secret = true for secrets), then run {ConfigurationMarkdown.Command}.");
    }

    [Fact]
    public void SettingsNamedLikeSecrets_AreMarkedSecret()
    {
        var unmarked = AllProperties()
            .Where(p => SecretEndings.Any(w => p.Property.Name.EndsWith(w, StringComparison.Ordinal)) && p.Setting is { Secret: false })
            .Select(p => p.Key).ToList();

        Assert.True(unmarked.Count == 0, $"Secret = true is missing on: {string.Join(", ", unmarked)}.");
    }

    [Fact]
    public void Keys_OfOptionsAndUnboundSettings_AreUnique()
    {
        var keys = AllProperties().Select(p => p.Key).Concat(UnboundSettings.All.Select(s => s.Key)).ToList();

        Assert.Equal(keys.Distinct(StringComparer.OrdinalIgnoreCase).Count(), keys.Count);
    }

    [Fact]
    public void BoundAttributes_SitOnPropertiesOfTheirType()
    {
        var misplaced = AllProperties().Where(p =>
            (p.Range is not null && p.Property.PropertyType != typeof(int) && p.Property.PropertyType != typeof(long))
            || ((p.Duration is not null || p.MinLength is not null || p.Setting?.Choices is not null) && p.Property.PropertyType != typeof(string)))
            .Select(p => p.Key).ToList();

        Assert.True(misplaced.Count == 0, $"[Range] belongs on integers, [Duration], [MinLength] and Choices on strings: {string.Join(", ", misplaced)}.");
    }

    [Fact]
    public void Defaults_LieWithinTheirBounds()
    {
        foreach (var options in OptionsClass.All)
        {
            var defaults = options.Defaults();
            foreach (var p in options.Settings())
            {
                var value = p.Get(defaults);
                if (p.Range is { } range)
                    Assert.True(range.IsValid(value), $"{p.Key}'s default {value} is outside {SettingsReference.RangeText(range.Minimum, range.Maximum)}.");
                if (p.Duration is { } d)
                {
                    Assert.True(DurationText.TryParse((string?)value, out var span), $"{p.Key}'s default '{value}' is not a duration.");
                    Assert.True(d.Min is null || span >= DurationText.Parse(d.Min), $"{p.Key}'s default {value} is under {d.Min}.");
                    Assert.True(d.Max is null || span <= DurationText.Parse(d.Max), $"{p.Key}'s default {value} is over {d.Max}.");
                }
                if (p.Setting?.Choices is { } choices && value is string { Length: > 0 } text)
                    Assert.True(choices.Contains(text), $"{p.Key}'s default '{text}' is not one of its choices.");
            }
        }
    }

    [Fact]
    public void UnboundSettings_EachSayWhatTheyMean()
    {
        Assert.Contains(UnboundSettings.All, s => s.Key == "Odp:Data");
        Assert.All(UnboundSettings.All, s =>
        {
            Assert.StartsWith("Odp:", s.Key, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(s.Doc.Meaning), s.Key);
            Assert.True(s.Doc.Secret ? s.Default.Length == 0 : s.Default.Length > 0 || s.Doc.Default is not null, $"{s.Key}: a secret has no default; anything else says its default.");
        });
    }

    private static IEnumerable<OptionsProperty> AllProperties() => OptionsClass.All.SelectMany(o => o.Settings());
}
