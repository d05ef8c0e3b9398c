using Odp.Engine.Storage.LiteDb;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Catalog;
using Odp.Engine.Hosting;
using Odp.Engine.Integrations.GitLab;
using Odp.Engine.Integrations.Http;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Storage;
using Odp.Engine.Tests.Integrations.Trino;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;
using Odp.Engine.Workspaces.GitOps;

namespace Odp.Engine.Tests.Fakes.GitLab;

/// <summary>A <see cref="FakeGitLab"/>, a stepping clock, a LiteDB file, and the GitOps classes wired to them.</summary>
internal sealed class GitOpsHarness : IAsyncDisposable
{
    public const string Group = "Sales Analysts";

    private readonly TempDirectory temp = new();
    private readonly HttpClient http;
    private OdpDatabase database;

    private GitOpsHarness(FakeGitLab gitlab, GitLabOptions options)
    {
        GitLab = gitlab;
        Options = options;
        http = new HttpClient(ResilientHandler.Over(Backends.GitLab, Time)) { BaseAddress = GitLabClient.BaseAddressOf(options) };
        Client = new GitLabClient(http, Microsoft.Extensions.Options.Options.Create(options), NullLogger<GitLabClient>.Instance);
        database = new OdpDatabase(new DataDirectory(temp.Path));
    }

    public FakeGitLab GitLab { get; }
    public GitLabOptions Options { get; }
    public SteppingTimeProvider Time { get; } = new();
    public GitLabClient Client { get; }
    public IGitOpsStateStore States => new Odp.Engine.Storage.LiteDb.LiteDbGitOpsStateStore(database);

    public static async Task<GitOpsHarness> StartAsync(Action<GitLabOptions>? configure = null)
    {
        var gitlab = await FakeGitLab.StartAsync(CancellationToken.None);
        var options = new GitLabOptions { Url = gitlab.Url.ToString().TrimEnd('/'), Token = FakeGitLab.Token, Project = FakeGitLab.Project };
        configure?.Invoke(options);
        return new GitOpsHarness(gitlab, options);
    }

    public GitOpsWorkspaceProvisioner Provisioner() => new(
        Client,
        States,
        Microsoft.Extensions.Options.Options.Create(Options),
        Microsoft.Extensions.Options.Options.Create(new WorkspaceOptions { JupyterUrl = "https://hub.example.com/" }),
        Microsoft.Extensions.Options.Options.Create(new TrinoOptions { Url = "http://trino.internal:8080" }),
        NullLogger<GitOpsWorkspaceProvisioner>.Instance);

    public PipelineStep Step()
    {
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        var merges = new MergeRequestGate(Client, States, options, NullLogger<MergeRequestGate>.Instance);
        return new(new PipelineFollower(Client, States, merges, options, Time, NullLogger<PipelineFollower>.Instance));
    }

    /// <summary>Simulates a restart that lost the recorded state: a fresh, empty data directory.</summary>
    public void ForgetState()
    {
        database.Dispose();
        database = new OdpDatabase(new DataDirectory(temp.Combine("after-crash")));
    }

    public static WorkspaceSpec Spec(params string[] members) => new(
        "sales",
        Group,
        members,
        [.. members.Select((m, i) => new Grant($"T-{i}", m, DatasetName.Parse("lake.sales.orders"), AccessLevel.Read))]);

    public static TicketData Ticket() => new(
        "T-1", "lake.sales.orders", "alice", AccessLevel.Read, TimeSpan.FromDays(7), "analysis", Group,
        TicketState.Provisioning, DateTimeOffset.UnixEpoch, null, "bob", null, [], [], 1);

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        database.Dispose();
        temp.Dispose();
        await GitLab.DisposeAsync();
    }
}
