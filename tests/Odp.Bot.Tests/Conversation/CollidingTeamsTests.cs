using System.Text.RegularExpressions;
using Odp.Bot.Tests.Fakes;

namespace Odp.Bot.Tests.Conversation;

/// <summary>
/// Three teams whose group ids give one name (<c>data-science</c>, <c>Data.Science</c>, <c>data_science</c>) in
/// directory mode: each is told about a workspace of its own, and provisioning one leaves the others' member files and
/// RoleBinding alone.
/// </summary>
public sealed class CollidingTeamsTests : IAsyncLifetime
{
    private static readonly string Directory =
        Path.Combine(SourceTree.Root, "tests", "Odp.Engine.Tests", "Workspaces", "colliding-teams.yaml");

    private static readonly (string User, string Team)[] Teams = [("alice", "data-science"), ("dora", "Data.Science"), ("uma", "data_science")];

    private ChatHarness chat = ChatHarness.Start(new Dictionary<string, string?> { ["Odp:Directory:File"] = Directory });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await chat.DisposeAsync();

    [Fact]
    public async Task Provision_TeamsWithOneName_EachKeepsItsFolderMembersAndRoleBinding()
    {
        for (var i = 0; i < Teams.Length; i++)
        {
            var (user, team) = Teams[i];
            await chat.Say(user, $"/odp request lake.sales.orders --reason \"Q3 churn model\" --workspace {team}");
            await chat.Say("bob", $"/odp approve ODP-{i + 1}");
            await chat.ProvisionAsync();
        }

        var folders = new List<string>();
        foreach (var (user, team) in Teams)
        {
            var ready = Assert.Single(chat.Channel.ToTeam(team)).Text;
            var name = Regex.Match(ready, @"Workspace (\S+) is ready").Groups[1].Value;
            var folder = Path.Combine(chat.DataPath, "workspaces", name);
            folders.Add(folder);
            Assert.Equal([$"{user}.json"], System.IO.Directory.GetFiles(Path.Combine(folder, "jupyterhub")).Select(Path.GetFileName));
            Assert.Contains($"name: {team}", await File.ReadAllTextAsync(Path.Combine(folder, "rolebinding.yaml")));
            var status = await chat.Say(user, $"/odp workspace status {team}");
            Assert.Contains($"{team}: workspace {name} (namespace odp-{name})", status);
        }
        Assert.Equal(Path.Combine(chat.DataPath, "workspaces", "data-science"), folders[0]);
        Assert.Equal(Teams.Length, folders.Distinct().Count());
    }

    [Fact]
    public async Task Provision_AfterRestart_EachTeamKeepsItsWorkspaceName()
    {
        await chat.Say("dora", "/odp request lake.sales.orders --reason \"Q3 churn model\" --workspace Data.Science");
        await chat.Say("bob", "/odp approve ODP-1");
        await chat.ProvisionAsync();

        chat = await chat.RestartAsync();
        await chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\" --workspace data-science");
        await chat.Say("bob", "/odp approve ODP-2");
        await chat.ProvisionAsync();
        await chat.Say("dora", "/odp revoke ODP-1 --reason \"project done\"");

        Assert.Contains("Data.Science: workspace data-science (namespace odp-data-science)", await chat.Say("dora", "/odp workspace"));
        Assert.Matches(@"data-science: workspace data-science-[0-9a-f]{6} \(namespace odp-data-science-[0-9a-f]{6}\)", await chat.Say("alice", "/odp workspace"));
        Assert.False(File.Exists(Path.Combine(chat.DataPath, "workspaces", "data-science", "jupyterhub", "dora.json")));
        Assert.Empty(System.IO.Directory.GetFiles(Path.Combine(chat.DataPath, "workspaces", "data-science", "jupyterhub")));
        var alices = System.IO.Directory.GetDirectories(Path.Combine(chat.DataPath, "workspaces"), "data-science-*").Single();
        Assert.True(File.Exists(Path.Combine(alices, "jupyterhub", "alice.json")));
    }
}
