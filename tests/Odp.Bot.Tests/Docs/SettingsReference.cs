using System.Collections;
using System.Globalization;
using Odp.Engine.Settings;

namespace Odp.Bot.Tests.Docs;

/// <summary>
/// Every setting as a row of <c>docs/configuration.md</c>: the options classes' properties (type and default by
/// reflection, meaning and bounds from their attributes) and <see cref="UnboundSettings"/>.
/// </summary>
internal static class SettingsReference
{
    public const string SecretDefault = "(secret)";
    public const string NoDefault = "(none)";

    public static IReadOnlyList<SettingRow> Rows() =>
    [
        .. OptionsClass.All.SelectMany(o => o.Settings().Select(p => Row(p, o.Defaults()))),
        .. UnboundSettings.All.Select(Row),
    ];

    /// <summary>The sections in order, each with its introduction (from its classes) and its rows.</summary>
    public static IEnumerable<(string Group, string Introduction, IReadOnlyList<SettingRow> Rows)> Groups()
    {
        var rows = Rows();
        foreach (var group in rows.Select(r => r.Group).Distinct().Order(StringComparer.Ordinal))
        {
            var introduction = string.Join(" ", OptionsClass.All.Where(o => o.Section == group).Select(o => o.Introduction).OfType<string>());
            yield return (group, introduction, [.. rows.Where(r => r.Group == group)]);
        }
    }

    private static SettingRow Row(OptionsProperty p, object defaults)
    {
        var setting = p.Setting ?? throw new InvalidOperationException($"{p.Key} has no [Setting]: say what it means.");
        var key = p.IsList ? p.Key + ":<n>" : p.IsMap ? $"{p.Key}:<{setting.Key ?? "key"}>" : p.Key;
        var bounds = new List<string>();
        if (p.Range is { } range) bounds.Add(RangeText(range.Minimum, range.Maximum));
        if (p.MinLength is { } minLength) bounds.Add($"≥ {minLength.Length} characters");
        if (p.Duration is { } duration) bounds.Add(DurationText(duration));
        if ((Nullable.GetUnderlyingType(p.Property.PropertyType) ?? p.Property.PropertyType) is { IsEnum: true } e) bounds.Add(OneOf(Enum.GetNames(e)));
        return Row(p.Owner.Section, key, TypeName(p), DefaultText(setting, p.Get(defaults)), bounds, setting);
    }

    private static SettingRow Row(UnboundSetting s)
    {
        var group = s.Key[..s.Key.LastIndexOf(':')];
        return Row(group, s.Key, s.Type, s.Doc.Default ?? (s.Default.Length > 0 ? s.Default : NoDefault), [], s.Doc);
    }

    private static SettingRow Row(string group, string key, string type, string defaultText, List<string> bounds, SettingAttribute setting)
    {
        if (setting.Choices is { Length: > 0 } choices) bounds.Insert(0, OneOf(choices));
        if (setting.Bounds is { } text) bounds.Add(text);
        var shown = setting.Flag is { } flag ? $"`{key}` (`{flag}`)" : $"`{key}`";
        return new SettingRow(group, key, shown, type, setting.Secret ? SecretDefault : defaultText, string.Join("; ", bounds.Where(b => b.Length > 0)), setting.Meaning, setting.Secret);
    }

    private static string TypeName(OptionsProperty p)
    {
        if (p.Duration is not null) return "duration";
        var type = Nullable.GetUnderlyingType(p.Property.PropertyType) ?? p.Property.PropertyType;
        if (p.IsList) return Scalar(type.GetGenericArguments()[0], p) + " list";
        if (p.IsMap) return Scalar(type.GetGenericArguments()[1], p) + " map";
        return Scalar(type, p);
    }

    private static string Scalar(Type type, OptionsProperty p) => type switch
    {
        _ when type == typeof(string) => "string",
        _ when type == typeof(bool) => "boolean",
        _ when type == typeof(int) || type == typeof(long) => "integer",
        _ when type == typeof(double) || type == typeof(decimal) => "number",
        _ when type == typeof(TimeSpan) => "time span (`hh:mm:ss`)",
        { IsEnum: true } => "string",
        _ => throw new InvalidOperationException($"{p.Key} is a {type.Name}: give the type a name in {nameof(SettingsReference)}."),
    };

    private static string DefaultText(SettingAttribute setting, object? value) => setting.Default ?? value switch
    {
        null or "" => NoDefault,
        string s => $"`{s}`",
        bool b => b ? "`true`" : "`false`",
        IFormattable n => $"`{n.ToString(null, CultureInfo.InvariantCulture)}`",
        ICollection { Count: 0 } => NoDefault,
        _ => throw new InvalidOperationException($"No way to show the default {value}."),
    };

    /// <summary>Open-ended when the maximum is a type's largest value: <c>≥ 1</c>; else <c>0–10</c>.</summary>
    public static string RangeText(object minimum, object maximum)
    {
        var min = Convert.ToDouble(minimum, CultureInfo.InvariantCulture);
        var max = Convert.ToDouble(maximum, CultureInfo.InvariantCulture);
        return IsOpen(max) ? $"≥ {Number(min)}" : $"{Number(min)}–{Number(max)}";
    }

    /// <summary>A maximum of <see cref="int.MaxValue"/> or more means "no upper bound" rather than a bound to document.</summary>
    public static bool IsOpen(double maximum) => maximum >= int.MaxValue;

    private static string Number(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string DurationText(DurationAttribute d) => (d.Min, d.Max) switch
    {
        ({ } min, { } max) => $"{min}–{max}",
        ({ } min, null) => $"≥ {min}",
        (null, { } max) => $"≤ {max}",
        _ => "",
    };

    private static string OneOf(string[] choices) =>
        choices.Length == 1 ? $"`{choices[0]}`" : string.Join(", ", choices[..^1].Select(c => $"`{c}`")) + $" or `{choices[^1]}`";
}
