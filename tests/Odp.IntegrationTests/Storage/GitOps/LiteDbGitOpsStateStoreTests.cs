using Odp.Engine.Hosting;
using Odp.Engine.Storage;
using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Workspaces.GitOps;

namespace Odp.IntegrationTests.Storage.GitOps;

/// <summary>The GitOps state contract on LiteDB, in a fresh data folder per test.</summary>
public sealed class LiteDbGitOpsStateStoreTests : GitOpsStateStoreContract, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"odp-gitops-{Guid.NewGuid():N}");
    private OdpDatabase? database;

    protected override Task<IGitOpsStateStore> NewStoreAsync()
    {
        Directory.CreateDirectory(folder);
        database = new OdpDatabase(new DataDirectory(folder));
        return Task.FromResult<IGitOpsStateStore>(new LiteDbGitOpsStateStore(database));
    }

    public void Dispose()
    {
        database?.Dispose();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
