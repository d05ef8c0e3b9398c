namespace Odp.Bot.Tests.Docs;

/// <summary>One line of the configuration reference; every text is Markdown.</summary>
/// <param name="Group">The section it is listed under, e.g. <c>Odp:Trino</c>.</param>
/// <param name="Setting">The key as shown, e.g. <c>`Odp:Data` (`--data DIR`)</c>.</param>
internal sealed record SettingRow(string Group, string Key, string Setting, string Type, string Default, string Bounds, string Meaning, bool Secret);
