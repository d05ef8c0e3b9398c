using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Access;
using Odp.Engine.Access.Deciding;
using Odp.Engine.Access.Requesting;
using Odp.Engine.Hosting;
using Odp.Engine.Integrations.Trino.Rules;
using Odp.Engine.Notifications;
using Odp.Engine.Tests.Fakes;
using Odp.Engine.Tests.Fakes.GitLab;
using Odp.Engine.Tests.Fakes.JupyterHub;
using Odp.Engine.Tests.Fakes.Kubernetes;
using Odp.Engine.Tests.Fakes.Trino;
using Odp.Engine.Tests.Integrations.Trino;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;
using Odp.Engine.Workspaces.Provisioning;
using static Odp.Engine.Tests.Integrations.Trino.Client.TrinoClientFixture;

namespace Odp.Engine.Tests.Workspaces.Provisioning;

/// <summary>
/// The engine as configured in production for one workspace mode — <c>direct</c> (the fake Kubernetes API through
/// a kubeconfig) or <c>gitops</c> (the fake GitLab) — with the fake JupyterHub and the fake Trino (rules file and
/// verification), on a stepping clock and a data directory that outlive <see cref="RestartAsync"/>: a restart builds
/// a new engine over the same LiteDB file and the same backends, as a new process would.
/// </summary>
internal sealed class ProvisioningHarness : IAsyncDisposable
{
    public const string Team = "analysts";
    public const string Dataset = "lake.sales.orders";

    private readonly TempDirectory data = new();
    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? customize;
    private readonly List<ServiceProvider> replicas = [];
    private ServiceProvider engine;

    private ProvisioningHarness(string mode, FakeTrinoServer trino, FakeJupyterHub hub, FakeKubernetesServer? kubernetes, FakeGitLab? gitlab,
        Action<IServiceCollection>? customize, Dictionary<string, string?> extra)
    {
        (Mode, Trino, Hub, Kubernetes, GitLab, this.customize) = (mode, trino, hub, kubernetes, gitlab, customize);
        trino.RulesFile = data.Combine("trino", "rules.json");
        settings = new Dictionary<string, string?>
        {
            [DataDirectory.Setting] = data.Path,
            ["Odp:Catalog:File"] = RepoPaths.DemoCatalog,
            ["Odp:Catalog:Index"] = "memory",
            ["Odp:Directory:File"] = RepoPaths.DemoDirectory,
            ["Odp:Trino:Url"] = trino.BaseUrl.AbsoluteUri,
            ["Odp:Trino:Verify"] = "true",
            ["Odp:JupyterHub:Url"] = hub.Url,
            ["Odp:JupyterHub:Token"] = FakeJupyterHub.Token,
            ["Odp:Workspaces:Mode"] = mode,
            ["Odp:Workspaces:JupyterUrl"] = hub.Url,
            ["Odp:Provisioning:StepRetries"] = "2",
            ["Odp:Provisioning:StepRetryDelay"] = "1s",
        };
        if (kubernetes is not null) settings["Odp:Workspaces:Kubeconfig"] = WriteKubeconfig(kubernetes);
        if (gitlab is not null)
        {
            settings["Odp:GitLab:Url"] = gitlab.Url.AbsoluteUri;
            settings["Odp:GitLab:Token"] = FakeGitLab.Token;
            settings["Odp:GitLab:Project"] = FakeGitLab.Project;
            settings["Odp:GitLab:PollInterval"] = "10s";
        }
        foreach (var (key, value) in extra) settings[key] = value;
        engine = Build();
    }

    public string Mode { get; }

    /// <summary>The settings every engine of this harness starts with (for a replica in a process of its own).</summary>
    public IReadOnlyDictionary<string, string?> Settings => settings;
    public SteppingTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    public CrashingNotifier Notifier { get; } = new();
    public FakeTrinoServer Trino { get; }
    public FakeJupyterHub Hub { get; }
    public FakeKubernetesServer? Kubernetes { get; }
    public FakeGitLab? GitLab { get; }
    public IServiceProvider Engine => engine;

    /// <summary>The steps the mode runs, in order.</summary>
    public IReadOnlyList<string> Steps => [.. engine.GetServices<IProvisioningStep>().Select(s => s.Name)];

    /// <summary>Starts the backends and an engine; <paramref name="customize"/> runs on every engine built, restarts included.</summary>
    public static async Task<ProvisioningHarness> StartAsync(
        string mode, Action<IServiceCollection>? customize = null, Dictionary<string, string?>? settings = null)
    {
        var trino = await FakeTrinoServer.StartAsync();
        SeedOrders(trino, 3);
        trino.AddTable("lake.sales.order_items", OrderColumns, [1, "item 1"]);
        var hub = await FakeJupyterHub.StartAsync();
        var kubernetes = mode == WorkspaceOptions.DirectMode ? await FakeKubernetesServer.StartAsync() : null;
        var gitlab = mode == WorkspaceOptions.GitOpsMode ? await FakeGitLab.StartAsync(CancellationToken.None) : null;
        return new ProvisioningHarness(mode, trino, hub, kubernetes, gitlab, customize, settings ?? []);
    }

    /// <summary>
    /// <paramref name="requester"/> (alice by default) asks for a sales table (the orders by default) for the team,
    /// bob (an owner) approves: the ticket waits for provisioning.
    /// </summary>
    public async Task<string> ApprovedRequestAsync(string dataset = Dataset, string duration = "30d", string requester = "alice")
    {
        var filed = await engine.GetRequiredService<RequestAccess>().ExecuteAsync(
            new AccessRequest(requester, dataset, "Q3 churn model", duration, AccessLevel.Read, Team), CancellationToken.None);
        await engine.GetRequiredService<DecideAccess>().ApproveAsync(filed.Ticket.Id, "bob", CancellationToken.None);
        return filed.Ticket.Id;
    }

    /// <summary>An approved request provisioned in one pass; asserts it is Active and returns its id.</summary>
    public async Task<string> ActiveRequestAsync(string dataset = Dataset, string duration = "30d", string requester = "alice")
    {
        var id = await ApprovedRequestAsync(dataset, duration, requester);
        await ProvisionAsync();
        Assert.Equal(TicketState.Active, (await TicketAsync(id)).State);
        return id;
    }

    /// <summary>One pass of the provisioning worker, the clock following every wait; throws when the power is cut.</summary>
    public Task ProvisionAsync() => Time.RunAsync(() => engine.GetRequiredService<ProvisioningWorker>().RunOnceAsync(Notifier.Power));

    /// <summary>A pass that the armed crash cuts short: it must end by losing the power.</summary>
    public async Task CrashingProvisionAsync() => await Assert.ThrowsAnyAsync<OperationCanceledException>(ProvisionAsync);

    /// <summary>
    /// The process dies and starts again: the engine is disposed and built anew over the same data and backends.
    /// <paramref name="once"/> changes only the new engine (e.g. one that will crash).
    /// </summary>
    public async Task RestartAsync(Action<IServiceCollection>? once = null)
    {
        await engine.DisposeAsync();
        Notifier.Restart();
        engine = Build(once);
    }

    /// <summary>
    /// Another replica: an engine of its own (its own replica identity, caches and connection pool) over the same
    /// settings, store, backends, clock and notifier. Disposed with the harness.
    /// </summary>
    public IServiceProvider StartReplica(Action<IServiceCollection>? once = null)
    {
        var replica = Build(once);
        replicas.Add(replica);
        return replica;
    }

    public async Task<TicketData> TicketAsync(string id) =>
        (await engine.GetRequiredService<ITicketStore>().FindAsync(id, CancellationToken.None))!.Data;

    /// <summary>Each (user, table, privileges) the rules file Trino reads grants.</summary>
    public IReadOnlyList<(string User, string Table, string Privileges)> Grants() =>
        File.Exists(Trino.RulesFile) ? RulesAssert.Grants(TrinoRulesDocument.Parse(File.ReadAllText(Trino.RulesFile!))) : [];

    public IReadOnlyList<T> Sent<T>() where T : Notification => [.. Notifier.Sent.OfType<T>()];

    private ServiceProvider Build(Action<IServiceCollection>? once = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddOdpEngine(configuration);
        services.AddSingleton<INotifier>(Notifier);
        customize?.Invoke(services);
        once?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    private string WriteKubeconfig(FakeKubernetesServer kubernetes)
    {
        var path = data.Combine("kubeconfig");
        File.WriteAllText(path, $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: fake
              cluster:
                server: {kubernetes.Url}
            users:
            - name: odp
              user:
                token: {FakeKubernetesServer.Token}
            contexts:
            - name: fake
              context:
                cluster: fake
                user: odp
            current-context: fake
            """);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var replica in replicas) await replica.DisposeAsync();
        await engine.DisposeAsync();
        await Trino.DisposeAsync();
        await Hub.DisposeAsync();
        if (Kubernetes is not null) await Kubernetes.DisposeAsync();
        if (GitLab is not null) await GitLab.DisposeAsync();
        data.Dispose();
    }
}
