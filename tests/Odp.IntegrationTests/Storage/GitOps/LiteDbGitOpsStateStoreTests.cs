using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Workspaces.GitOps;

namespace Odp.IntegrationTests.Storage.GitOps;

/// <summary>The GitOps state contract on LiteDB, in a fresh data folder per test.</summary>
public sealed class LiteDbGitOpsStateStoreTests : GitOpsStateStoreContract, IDisposable
{
    private readonly LiteDbScratch scratch = new();

    protected override Task<IGitOpsStateStore> NewStoreAsync() => Task.FromResult<IGitOpsStateStore>(new LiteDbGitOpsStateStore(scratch.Open()));

    public void Dispose() => scratch.Dispose();
}
