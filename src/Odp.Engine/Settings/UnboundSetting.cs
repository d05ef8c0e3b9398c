namespace Odp.Engine.Settings;

/// <summary>A setting read straight from configuration rather than bound to an options class; see <see cref="UnboundSettings"/>.</summary>
/// <param name="Key">The full key, e.g. <c>Odp:Data</c>.</param>
/// <param name="Type">As the reference shows it: <c>string</c>, <c>integer</c>, <c>boolean</c>, <c>duration</c>.</param>
/// <param name="Default">The default in Markdown; empty when there is none.</param>
/// <param name="Doc">Its meaning and the rest, as <see cref="SettingAttribute"/> gives them for an options property.</param>
public sealed record UnboundSetting(string Key, string Type, string Default, SettingAttribute Doc);
