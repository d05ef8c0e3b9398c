using Odp.IntegrationTests.Services;

namespace Odp.IntegrationTests.Deploy;

/// <summary>
/// What <c>deploy/docker/Dockerfile</c>'s runtime stage promises (a numeric non-root user, port 8080, writes under
/// <c>/data</c> only, no secret) and what <c>.dockerignore</c> lets into the build context.
/// </summary>
public sealed class DockerfileTests
{
    private static readonly Dockerfile Image = Dockerfile.Parse(File.ReadAllText(Path.Combine(RepoRoot.Path, Dockerfile.PathInRepo)));
    private static readonly IReadOnlyList<(string Keyword, string Arguments)> Runtime = Image.Stages[^1];

    [Fact]
    public void RuntimeStage_User_IsNumericAndNotRoot()
    {
        var user = Runtime.Last(i => i.Keyword == "USER").Arguments.Split(':');

        Assert.All(user, id => Assert.True(int.TryParse(id, out var n) && n > 0, $"USER {string.Join(':', user)} is not a numeric non-root id"));
    }

    [Fact]
    public void RuntimeStage_Environment_DataUnderVolumeAndPort8080()
    {
        var environment = Environment();

        Assert.Equal("/data", environment["Odp__Data"]);
        Assert.Equal("8080", environment["ASPNETCORE_HTTP_PORTS"]);
        Assert.Contains(Runtime, i => i.Keyword == "VOLUME" && i.Arguments == "/data");
        Assert.Contains(Runtime, i => i.Keyword == "EXPOSE" && i.Arguments == "8080");
        Assert.Contains(Runtime, i => i.Keyword == "RUN" && i.Arguments.Contains("chown 1654:1654 /data", StringComparison.Ordinal));
    }

    [Fact]
    public void AllStages_EnvAndArgs_HoldNoSecret()
    {
        var names = Image.Stages.SelectMany(s => s).Where(i => i.Keyword is "ENV" or "ARG")
            .SelectMany(i => i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(a => a.Split('=')[0]);

        Assert.DoesNotContain(names, n => new[] { "token", "password", "secret", "key" }.Any(w => n.Contains(w, StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("tests/Odp.Bot.Tests/Odp.Bot.Tests.csproj")]
    [InlineData(".git/config")]
    [InlineData("odp-data/odp.db")]
    [InlineData("src/Odp.Bot/bin/Release/net10.0/Odp.Bot.dll")]
    [InlineData("src/Odp.Engine/obj/project.assets.json")]
    [InlineData("deploy/kubernetes/base/kustomization.yaml")]
    [InlineData("README.md")]
    public void DockerIgnore_OutsideWhatThePublishReads_LeftOut(string path)
    {
        Assert.True(Ignore().Excludes(path));
    }

    [Theory]
    [InlineData("src/Odp.Bot/Odp.Bot.csproj")]
    [InlineData("src/Odp.Engine/Storage/Postgres/Migrations/0001.sql")]
    [InlineData("adaptive-cards/approval.json")]
    [InlineData("deploy/demo/catalog.yaml")]
    [InlineData("Directory.Packages.props")]
    [InlineData("global.json")]
    public void DockerIgnore_WhatThePublishReads_Kept(string path)
    {
        Assert.False(Ignore().Excludes(path));
    }

    private static DockerIgnore Ignore() => new(File.ReadAllText(Path.Combine(RepoRoot.Path, ".dockerignore")));

    private static Dictionary<string, string> Environment() =>
        Runtime.Where(i => i.Keyword == "ENV")
            .SelectMany(i => i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1]);
}
