using Odp.Bot.Tests.Fakes;

namespace Odp.Bot.Tests.Docs;

/// <summary>
/// docs/configuration.md is generated from the settings' metadata (<see cref="SettingsReference"/>). Run with
/// <c>ODP_UPDATE_DOCS=1</c> to rewrite it after adding or changing a setting.
/// </summary>
public sealed class ConfigurationDocTests
{
    private static string DocPath => Path.Combine(SourceTree.Root, "docs", "configuration.md");

    [Fact]
    public void Doc_ComparedWithTheSettings_IsUpToDate()
    {
        var expected = ConfigurationMarkdown.Generate();
        if (Environment.GetEnvironmentVariable("ODP_UPDATE_DOCS") == "1") File.WriteAllText(DocPath, expected);
        var actual = File.Exists(DocPath) ? File.ReadAllText(DocPath).ReplaceLineEndings("\n") : "";

        if (actual != expected) Assert.Fail(FirstDifference(expected, actual));
    }

    [Fact]
    public void Generate_EverySetting_IsListedOnce()
    {
        var doc = ConfigurationMarkdown.Generate();

        foreach (var row in SettingsReference.Rows())
            Assert.Single(doc.Split('\n'), line => line.StartsWith($"| `{row.Key}`", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_Secrets_ShowNoDefault()
    {
        var rows = SettingsReference.Rows();

        Assert.Contains(rows, r => r.Key == "Odp:Slack:BotToken" && r.Secret);
        Assert.All(rows.Where(r => r.Secret), r => Assert.Equal(SettingsReference.SecretDefault, r.Default));
    }

    [Fact]
    public void Generate_BoundsAndDefaults_ComeFromTheCode()
    {
        var rows = SettingsReference.Rows().ToDictionary(r => r.Key);

        Assert.Equal(("integer", "`2`", "0–10"), Columns(rows["Odp:Provisioning:StepRetries"]));
        Assert.Equal(("duration", "`5m`", "≥ 30s"), Columns(rows["Odp:Provisioning:ClaimLength"]));
        Assert.Equal(("string", "`directory`", "`directory`, `direct` or `gitops`"), Columns(rows["Odp:Workspaces:Mode"]));
        Assert.Equal(("integer", "`16777216`", "≥ 0"), Columns(rows["Odp:Conversation:AnswerCache:MaxBytes"]));
        Assert.Equal(("string map", SettingsReference.NoDefault, ""), Columns(rows["Odp:Slack:TeamChannels:<group>"]));
        Assert.Equal("`Odp:Data` (`--data DIR`)", rows["Odp:Data"].Setting);
    }

    private static (string Type, string Default, string Bounds) Columns(SettingRow row) => (row.Type, row.Default, row.Bounds);

    /// <summary>Names the first line that differs, so a stale doc says where without a diff tool.</summary>
    private static string FirstDifference(string expected, string actual)
    {
        var want = expected.Split('\n');
        var have = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Max(want.Length, have.Length))
            .First(i => i >= want.Length || i >= have.Length || want[i] != have[i]);
        return $"""
            {DocPath} is out of date at line {line + 1}:
              expected: {(line < want.Length ? want[line] : "(end of file)")}
              found:    {(line < have.Length ? have[line] : "(end of file)")}
            Run {ConfigurationMarkdown.Command} and review the diff.
            """;
    }
}
