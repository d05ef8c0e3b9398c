using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Workspaces;

namespace Odp.IntegrationTests.Storage.Workspaces;

/// <summary>The workspace store contract on LiteDB, in a fresh data folder per test.</summary>
public sealed class LiteDbWorkspaceStoreTests : WorkspaceStoreContract, IDisposable
{
    private readonly LiteDbScratch scratch = new();

    protected override Task<IWorkspaceStore> NewStoreAsync() => Task.FromResult<IWorkspaceStore>(new LiteDbWorkspaceStore(scratch.Open()));

    public void Dispose() => scratch.Dispose();
}
