using System.Globalization;
using Odp.Engine.Access;

namespace Odp.Bot.Tests.Docs;

/// <summary>
/// The bounds the reference documents ([Range], [MinLength], [Duration], Choices) are the bounds the validators
/// enforce: each is accepted at its edge and refused just past it. A validator refuses a value with a message that
/// names the setting: "<c>&lt;Section&gt;:&lt;Setting&gt; must …</c>".
/// </summary>
public sealed class SettingBoundsTests(ValidatorsFixture fixture) : IClassFixture<ValidatorsFixture>
{
    private OptionsValidators Validators => fixture.Validators;

    public static TheoryData<string> Ranged => Keys(p => p.Range is not null);

    public static TheoryData<string> MinLengths => Keys(p => p.MinLength is not null);

    public static TheoryData<string> Durations => Keys(p => p.Duration is not null);

    public static TheoryData<string> Choices => Keys(p => p.Setting?.Choices is not null);

    [Fact]
    public void Baseline_EveryPartOn_PassesEveryValidator()
    {
        foreach (var options in OptionsClass.All)
            Assert.Empty(Validators.Failures(options, Validators.Baseline(options)));
    }

    [Theory]
    [MemberData(nameof(Ranged))]
    public void Range_AtAndPastEachEnd_AgreesWithTheValidator(string key)
    {
        var p = Find(key);
        var min = Convert.ToInt64(p.Range!.Minimum, CultureInfo.InvariantCulture);
        AssertAccepted(p, min);
        if (min > int.MinValue) AssertRefused(p, min - 1);
        var max = Convert.ToDouble(p.Range.Maximum, CultureInfo.InvariantCulture);
        if (SettingsReference.IsOpen(max)) return;
        AssertAccepted(p, (long)max);
        AssertRefused(p, (long)max + 1);
    }

    [Theory]
    [MemberData(nameof(MinLengths))]
    public void MinLength_AtAndUnderTheLength_AgreesWithTheValidator(string key)
    {
        var p = Find(key);
        AssertAccepted(p, new string('x', p.MinLength!.Length));
        AssertRefused(p, new string('x', p.MinLength.Length - 1));
    }

    [Theory]
    [MemberData(nameof(Durations))]
    public void Duration_NonsenseAndEachEnd_AgreeWithTheValidator(string key)
    {
        var p = Find(key);
        AssertRefused(p, "soon");
        if (p.Duration!.Min is { } min)
        {
            AssertAccepted(p, min);
            AssertRefused(p, Nudge(DurationText.Parse(min), -1));
        }
        if (p.Duration.Max is { } max)
        {
            AssertAccepted(p, max);
            AssertRefused(p, Nudge(DurationText.Parse(max), +1));
        }
    }

    [Theory]
    [MemberData(nameof(Choices))]
    public void Choices_EachAcceptedAndNoOther_AgreeWithTheValidator(string key)
    {
        var p = Find(key);
        foreach (var choice in p.Setting!.Choices!) AssertAccepted(p, choice);
        AssertRefused(p, "no-such-choice");
    }

    private void AssertAccepted(OptionsProperty p, object value) =>
        Assert.True(Refusals(p, value).Count == 0, $"{p.Key}={value} is within its documented bounds, yet refused: {string.Join(" ", Refusals(p, value))}");

    private void AssertRefused(OptionsProperty p, object value) =>
        Assert.True(Refusals(p, value).Count > 0,
            $"{p.Key}={value} is past its documented bounds, yet no validator refuses it with \"{p.Key} must …\" "
            + $"({Validators.Count(p.Owner)} validators of {p.Owner.Type.Name} registered by the host).");

    private List<string> Refusals(OptionsProperty p, object value)
    {
        var instance = Validators.Baseline(p.Owner);
        p.Set(instance, value);
        return [.. Validators.Failures(p.Owner, instance).Where(f => f.Contains($"{p.Key} must", StringComparison.Ordinal))];
    }

    /// <summary>One step of the finest unit past <paramref name="bound"/>, written so DurationText still reads it (at most 4 digits).</summary>
    private static string Nudge(TimeSpan bound, int step)
    {
        foreach (var (unit, size) in new[] { ("s", TimeSpan.FromSeconds(1)), ("m", TimeSpan.FromMinutes(1)), ("h", TimeSpan.FromHours(1)), ("d", TimeSpan.FromDays(1)) })
        {
            var count = (long)(bound / size) + step;
            if (bound.Ticks % size.Ticks == 0 && count <= 9999) return count.ToString(CultureInfo.InvariantCulture) + unit;
        }
        throw new InvalidOperationException($"No duration one unit past {bound}.");
    }

    private static OptionsProperty Find(string key) => OptionsClass.All.SelectMany(o => o.Settings()).Single(p => p.Key == key);

    private static TheoryData<string> Keys(Func<OptionsProperty, bool> where) =>
        [.. OptionsClass.All.SelectMany(o => o.Settings()).Where(where).Select(p => p.Key)];
}
