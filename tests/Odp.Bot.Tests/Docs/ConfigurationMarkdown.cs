using System.Text;

namespace Odp.Bot.Tests.Docs;

/// <summary>Writes <c>docs/configuration.md</c> from <see cref="SettingsReference"/>.</summary>
internal static class ConfigurationMarkdown
{
    public const string Command = "ODP_UPDATE_DOCS=1 dotnet test tests/Odp.Bot.Tests --filter ConfigurationDocTests";

    public static string Generate()
    {
        var text = new StringBuilder();
        text.Append($$$"""
            # Configuration reference

            <!-- Generated from the options classes' [Setting] attributes and Odp.Engine.Settings.UnboundSettings by
                 tests/Odp.Bot.Tests/Docs/ConfigurationDocTests.cs; do not edit. After changing a setting, run
                 {{{Command}}} -->

            Every setting can come from `appsettings.json` (`{"Odp": {"Data": "/var/odp"}}`), from the environment in the .NET
            convention (`Odp__Data=/var/odp`, `Odp__Slack__TeamChannels__analysts=C0123456789`), or, for `Odp:Data`,
            `Odp:Catalog:File` and `Odp:Directory:File`, from the command line (`--data`, `--catalog`, `--directory`), which
            wins. A list setting takes one key per item (`Odp__Mattermost__Teams__0=…`); a map setting one key per entry.

            Settings are checked at start: a bad one stops the program with a message that names it. Durations are written like
            `30s`, `5m`, `12h`, `30d` or `2w` (1 to 9999 of one unit). Secrets have no default, are never logged, and are best
            given through the environment (e.g. from a Kubernetes Secret).


            """.ReplaceLineEndings("\n"));
        foreach (var (group, introduction, rows) in SettingsReference.Groups())
        {
            text.Append($"## `{group}`\n\n");
            if (introduction.Length > 0) text.Append(introduction).Append("\n\n");
            text.Append("| Setting | Type | Default | Bounds | Meaning |\n|---|---|---|---|---|\n");
            foreach (var row in rows)
                text.Append($"| {Cell(row.Setting)} | {Cell(row.Type)} | {Cell(row.Default)} | {Cell(row.Bounds)} | {Cell(row.Meaning)} |\n");
            text.Append('\n');
        }
        return text.ToString().TrimEnd() + "\n";
    }

    /// <summary>A table cell: a pipe would end it, even inside code.</summary>
    private static string Cell(string markdown) => markdown.Replace("|", "\\|", StringComparison.Ordinal);
}
